import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'billing', name: 'plans' })
export class PlanModel extends VersionedModel {
  /** Unique (plans_code_unique); never changes. */
  @Column('varchar', { length: 32 })
  code!: string;

  @Column('varchar', { length: 100 })
  name!: string;

  /** Minor units of price_currency. */
  @Column('bigint', { name: 'price_amount' })
  priceAmount!: string;

  @Column('char', { name: 'price_currency', length: 3 })
  priceCurrency!: string;

  @Column('varchar', { length: 8 })
  interval!: string;

  @Column('integer', { name: 'trial_days' })
  trialDays!: number;

  @Column('boolean')
  active!: boolean;
}
