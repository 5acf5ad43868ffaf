import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto, PageResponse } from '@promenade/http';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { INVOICE_KINDS, INVOICE_STATUSES, InvoiceKind, InvoiceStatus } from '../../domain/invoice/invoice-status';

export class InvoiceLineResponse {
  @ApiProperty({ example: 'Consulting, January' })
  description!: string;

  @ApiProperty({ type: 'integer', example: 3 })
  quantity!: number;

  @ApiProperty({ type: MoneyDto })
  unitPrice!: MoneyDto;

  @ApiProperty({ type: 'integer', example: 2000, description: 'Basis points.' })
  taxRate!: number;

  @ApiProperty({ type: MoneyDto, description: 'quantity × unitPrice' })
  net!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'net × taxRate / 10000, rounded half-even to the minor unit' })
  tax!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'net + tax' })
  gross!: MoneyDto;
}

export class InvoiceResponse {
  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163' })
  id!: string;

  @ApiProperty({
    enum: INVOICE_KINDS,
    example: 'invoice',
    description: 'A credit note gives back part of an invoice; its amounts are positive.',
  })
  kind!: InvoiceKind;

  @ApiProperty({ format: 'uuid', example: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' })
  customerId!: string;

  @ApiProperty({ example: 'EUR' })
  currency!: string;

  @ApiProperty({ enum: INVOICE_STATUSES, example: 'issued' })
  status!: InvoiceStatus;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'INV-2026-000001', description: 'Given when issued.' })
  number!: string | null;

  @ApiProperty({ type: [InvoiceLineResponse] })
  lines!: InvoiceLineResponse[];

  @ApiProperty({ type: MoneyDto, description: 'Σ net' })
  subtotal!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'Σ tax' })
  taxTotal!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'Σ gross' })
  total!: MoneyDto;

  @ApiProperty({ type: MoneyDto })
  amountPaid!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'What credit notes gave back of it.' })
  amountCredited!: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'Still to pay: total − paid while issued or partially paid, else 0.' })
  openAmount!: MoneyDto;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date', example: '2026-02-15' })
  dueDate!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  notes!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  sourceReference!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid', example: null, description: 'Credit notes: the invoice credited.' })
  creditedInvoiceId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: '2026-01-15T10:00:00.000Z' })
  issuedAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  paidAt!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time', example: null })
  voidedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-15T10:00:00.000Z', description: 'When the last change was saved.' })
  updatedAt!: string;

  @ApiProperty({ type: 'integer', example: 2, description: 'Increases with every change; a lost update answers 409.' })
  version!: number;

  static from(invoice: Invoice): InvoiceResponse {
    return {
      id: invoice.id,
      kind: invoice.kind,
      customerId: invoice.customerId,
      currency: invoice.currency.code,
      status: invoice.status,
      number: invoice.number,
      lines: invoice.lines.map((l) => ({
        description: l.description,
        quantity: l.quantity,
        unitPrice: l.unitPrice.toJSON(),
        taxRate: l.taxRate,
        net: l.net.toJSON(),
        tax: l.tax.toJSON(),
        gross: l.gross.toJSON(),
      })),
      subtotal: invoice.subtotal.toJSON(),
      taxTotal: invoice.taxTotal.toJSON(),
      total: invoice.total.toJSON(),
      amountPaid: invoice.amountPaid.toJSON(),
      amountCredited: invoice.amountCredited.toJSON(),
      openAmount: invoice.openAmount.toJSON(),
      dueDate: invoice.dueDate,
      notes: invoice.notes,
      sourceReference: invoice.sourceReference,
      creditedInvoiceId: invoice.creditedInvoiceId,
      issuedAt: invoice.issuedAt?.toISOString() ?? null,
      paidAt: invoice.paidAt?.toISOString() ?? null,
      voidedAt: invoice.voidedAt?.toISOString() ?? null,
      createdAt: invoice.createdAt.toISOString(),
      updatedAt: invoice.updatedAt.toISOString(),
      version: invoice.version,
    };
  }
}

export const InvoicePage = PageResponse(InvoiceResponse, 'InvoicePage');
