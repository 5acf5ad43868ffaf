import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One ISO 4217 currency. The seeder writes the data columns; commands write only `active` (and the
 * version). The id is the code, so the model declares its own columns rather than extending
 * VersionedModel's uuid id (it has the same shape, which is what TypeOrmAggregateRepository needs).
 */
@Entity({ schema: 'reference', name: 'currencies' })
export class CurrencyModel {
  /** ISO 4217 alphabetic code, upper case. */
  @PrimaryColumn('char', { length: 3 })
  id!: string;

  @Column('integer')
  version!: number;

  /** Three digits with leading zeros ("008"), so text. */
  @Column('char', { length: 3 })
  numeric!: string;

  @Column('text')
  name!: string;

  /** Null where ISO 4217 gives none ("N.A.": metals, funds, test codes). */
  @Column('integer', { name: 'minor_units', nullable: true })
  minorUnits!: number | null;

  @Column('text', { nullable: true })
  symbol!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
