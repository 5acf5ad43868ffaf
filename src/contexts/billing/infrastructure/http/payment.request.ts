import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@promenade/http';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';

export class CreatePaymentRequest {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163', description: 'An issued invoice of yours.' })
  @IsUUID()
  invoiceId!: string;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165', description: 'One of your payment methods.' })
  @IsUUID()
  paymentMethodId!: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'In the invoice currency, up to the open amount; absent: the whole open amount.' })
  @IsOptional()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;
}

export class RefundPaymentRequest {
  @ApiPropertyOptional({ type: MoneyDto, description: 'In the payment currency, up to what is not yet refunded; absent: all of it.' })
  @IsOptional()
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;
}
