import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@promenade/http';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INVOICE_KINDS, INVOICE_STATUSES, InvoiceKind, InvoiceStatus } from '../../domain/invoice/invoice-status';

export class ListInvoicesRequest extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Without `invoices:read:any` the list holds only the caller's invoices, and naming another customer answers 403.",
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus;

  @ApiPropertyOptional({ enum: INVOICE_KINDS })
  @IsOptional()
  @IsIn(INVOICE_KINDS)
  kind?: InvoiceKind;
}
