import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

/** Indexes and checks are declared in the CreateDeals migration. */
@Entity({ schema: 'crm', name: 'deals' })
export class DealModel extends VersionedModel {
  @Column('varchar', { length: 200 })
  name!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** Minor units of `valueCurrency`. */
  @Column('bigint', { name: 'value_amount' })
  valueAmount!: string;

  @Column('char', { name: 'value_currency', length: 3 })
  valueCurrency!: string;

  @Column('varchar', { length: 16 })
  stage!: string;

  @Column('smallint')
  probability!: number;

  /** A calendar date: TypeORM reads a `date` column as the string `YYYY-MM-DD`, as the domain keeps it. */
  @Column('date', { name: 'expected_close_date' })
  expectedCloseDate!: string;

  @Column('varchar', { length: 16 })
  source!: string;

  @Column('text', { name: 'lost_reason', nullable: true })
  lostReason!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
