import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

export interface InvoiceLineRow {
  description: string;
  quantity: number;
  /** Minor units of the invoice's currency. */
  unitPrice: number;
  /** Basis points. */
  taxRate: number;
}

@Entity({ schema: 'billing', name: 'invoices' })
export class InvoiceModel extends VersionedModel {
  @Column('varchar', { length: 16 })
  kind!: string;

  @Index()
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('char', { length: 3 })
  currency!: string;

  @Index()
  @Column('varchar', { length: 16 })
  status!: string;

  /** Unique: the numbering never gives one twice, and the index says so too. */
  @Column('varchar', { length: 32, nullable: true })
  number!: string | null;

  /** Lines are part of the aggregate, always read and written with it: one JSON column. */
  @Column('jsonb')
  lines!: InvoiceLineRow[];

  /** Minor units; derived from the lines, stored for listings and reports. */
  @Column('bigint', { name: 'total_amount' })
  totalAmount!: string;

  @Column('bigint', { name: 'amount_paid' })
  amountPaid!: string;

  @Column('bigint', { name: 'amount_credited' })
  amountCredited!: string;

  @Column('timestamptz', { name: 'issued_at', nullable: true })
  issuedAt!: Date | null;

  @Column('date', { name: 'due_date', nullable: true })
  dueDate!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('varchar', { name: 'source_reference', length: 200, nullable: true })
  sourceReference!: string | null;

  @Index()
  @Column('uuid', { name: 'credited_invoice_id', nullable: true })
  creditedInvoiceId!: string | null;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Column('timestamptz', { name: 'voided_at', nullable: true })
  voidedAt!: Date | null;
}
