import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

/** The provider's token only: card numbers never reach this table. */
@Entity({ schema: 'billing', name: 'payment_methods' })
export class PaymentMethodModel extends VersionedModel {
  @Index('IDX_payment_methods_customer_id')
  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('varchar', { length: 32 })
  provider!: string;

  @Column('varchar', { length: 255 })
  token!: string;

  @Column('varchar', { length: 100 })
  label!: string;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
