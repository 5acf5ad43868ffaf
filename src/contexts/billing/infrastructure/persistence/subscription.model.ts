import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'subscriptions' })
export class SubscriptionModel extends VersionedModel {
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('varchar', { name: 'plan_code', length: 32 })
  planCode!: string;

  @Column('uuid', { name: 'payment_method_id' })
  paymentMethodId!: string;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('timestamptz')
  anchor!: Date;

  @Column('timestamptz', { name: 'current_period_start' })
  currentPeriodStart!: Date;

  @Column('timestamptz', { name: 'current_period_end' })
  currentPeriodEnd!: Date;

  @Column('boolean', { name: 'cancel_at_period_end' })
  cancelAtPeriodEnd!: boolean;

  @Column('integer', { name: 'dunning_attempt' })
  dunningAttempt!: number;

  @Column('timestamptz', { name: 'past_due_since', nullable: true })
  pastDueSince!: Date | null;

  @Column('uuid', { name: 'latest_invoice_id', nullable: true })
  latestInvoiceId!: string | null;

  @Column('timestamptz', { name: 'canceled_at', nullable: true })
  canceledAt!: Date | null;
}
