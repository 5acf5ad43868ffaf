import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCurrencyCode } from '@promenade/http';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RESERVED_SOURCE_REFERENCE_PREFIXES } from '../../domain/invoice/source-reference';
import { InvoiceLineRequest } from './invoice-line.request';

/** Not one of the namespaces Billing's own references use, so a client's text never passes for an order's invoice. */
const CLIENT_SOURCE_REFERENCE = new RegExp(`^(?!${RESERVED_SOURCE_REFERENCE_PREFIXES.join('|')})`);

export class CreateInvoiceRequest {
  @ApiProperty({ example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', format: 'uuid', description: "The customer's user id." })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code; every line must use it.' })
  @IsCurrencyCode()
  currency!: string;

  @ApiProperty({ type: [InvoiceLineRequest], description: 'May be empty while a draft: an invoice is issued with at least one.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => InvoiceLineRequest)
  lines!: InvoiceLineRequest[];

  @ApiPropertyOptional({
    type: String,
    example: '2026-02-15',
    format: 'date',
    nullable: true,
    description: 'Absent or null: due on the issue day.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date (YYYY-MM-DD)' })
  dueDate?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Payable by bank transfer.', maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'PO-2026-0417',
    maxLength: 200,
    nullable: true,
    description:
      'What the invoice bills (a purchase order, a contract); one invoice per reference (409 when used). Must not begin ' +
      'with `order:` or `subscription:`: the namespaces of the references Billing makes itself.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(CLIENT_SOURCE_REFERENCE, { message: `sourceReference must not begin with ${RESERVED_SOURCE_REFERENCE_PREFIXES.join(' or ')}` })
  sourceReference?: string | null;
}
