import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

@Entity({ schema: 'billing', name: 'payments' })
export class PaymentModel extends VersionedModel {
  @Index('IDX_payments_invoice_id')
  @Column('uuid', { name: 'invoice_id' })
  invoiceId!: string;

  @Index('IDX_payments_customer_id')
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'payment_method_id' })
  paymentMethodId!: string;

  @Column('char', { length: 3 })
  currency!: string;

  /** Minor units, as all amounts. */
  @Column('bigint')
  amount!: string;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('varchar', { name: 'failure_reason', length: 100, nullable: true })
  failureReason!: string | null;

  /** The provider's id of the charge: webhooks name the payment by it. */
  @Index('IDX_payments_provider_reference')
  @Column('varchar', { name: 'provider_reference', length: 255, nullable: true })
  providerReference!: string | null;

  @Column('bigint', { name: 'refunded_amount' })
  refundedAmount!: string;

  /** One payment per intended charge: the last guard of the idempotent ChargeInvoice. */
  @Index('UQ_payments_idempotency_key', { unique: true })
  @Column('varchar', { name: 'idempotency_key', length: 300 })
  idempotencyKey!: string;

  @Column('integer', { name: 'reconciliation_attempts' })
  reconciliationAttempts!: number;
}
