import { VersionedModel } from '@promenade/persistence';
import { Column, Entity, Index } from 'typeorm';

/**
 * No foreign keys to customers and companies: they are soft-deleted, and the handlers check that a
 * newly named one exists. The follow-up index is partial: see the CreateInteractions migration.
 */
@Entity({ schema: 'crm', name: 'interactions' })
export class InteractionModel extends VersionedModel {
  @Column('varchar', { length: 16 })
  type!: string;

  @Column('varchar', { length: 16 })
  direction!: string;

  @Column('varchar', { length: 200 })
  subject!: string;

  @Column('text')
  description!: string;

  @Index('IDX_interactions_customer_id')
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  @Index('IDX_interactions_company_id')
  @Column('uuid', { name: 'company_id', nullable: true })
  companyId!: string | null;

  @Column('timestamptz', { name: 'started_at' })
  startedAt!: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('varchar', { length: 16, nullable: true })
  outcome!: string | null;

  @Column('boolean', { name: 'follow_up_required' })
  followUpRequired!: boolean;

  @Column('timestamptz', { name: 'follow_up_at', nullable: true })
  followUpAt!: Date | null;

  /** Email addresses; always read and written with the interaction: one JSON column. */
  @Column('jsonb')
  attendees!: string[];

  @Column('uuid', { name: 'logged_by' })
  loggedBy!: string;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
