import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

/** Indexes and the partial unique ones are declared in the CreateCustomers migration. */
@Entity({ schema: 'crm', name: 'customers' })
export class CustomerModel extends VersionedModel {
  @Column('varchar', { length: 200 })
  name!: string;

  /** As entered; `email_key` (lower case) is what uniqueness and lookups use. */
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { name: 'email_key', length: 254 })
  emailKey!: string;

  @Column('varchar', { length: 32, nullable: true })
  phone!: string | null;

  @Column('varchar', { length: 16 })
  source!: string;

  @Column('uuid', { name: 'assigned_to', nullable: true })
  assignedTo!: string | null;

  @Column('uuid', { name: 'company_id', nullable: true })
  companyId!: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('text', { array: true })
  tags!: string[];

  @Column('varchar', { length: 16 })
  tier!: string;

  @Column('varchar', { length: 16 })
  status!: string;

  @Column('timestamptz', { name: 'converted_at', nullable: true })
  convertedAt!: Date | null;

  @Column('timestamptz', { name: 'churned_at', nullable: true })
  churnedAt!: Date | null;

  @Column('text', { name: 'churn_reason', nullable: true })
  churnReason!: string | null;

  @Column('integer', { name: 'order_count' })
  orderCount!: number;

  @Column('timestamptz', { name: 'last_order_at', nullable: true })
  lastOrderAt!: Date | null;

  @Column('integer', { name: 'delivered_order_count' })
  deliveredOrderCount!: number;

  /** `[{amount, currency}]`, one entry per currency, amounts in minor units. */
  @Column('jsonb', { name: 'lifetime_value' })
  lifetimeValue!: Array<{ amount: number; currency: string }>;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
