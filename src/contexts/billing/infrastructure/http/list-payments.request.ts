import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PAYMENT_STATUSES, PaymentStatus } from '../../domain/payment/payment-status';

export class ListPaymentsRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Without `payments:read:any` the list holds only the caller's payments, and naming another customer answers 403.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  invoiceId?: string;

  @ApiPropertyOptional({ enum: PAYMENT_STATUSES })
  @IsOptional()
  @IsIn(PAYMENT_STATUSES)
  status?: PaymentStatus;
}

export class ListPaymentMethodsRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Without `payments:read:any` the list holds only the caller's methods, and naming another customer answers 403.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;
}
