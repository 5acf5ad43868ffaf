import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * One ISO 3166-1 country. The seeder writes the data columns; commands write only `active` (and the
 * version). The id is the alpha-2 code, so the model declares its own columns rather than extending
 * VersionedModel's uuid id (it has the same shape, which is what TypeOrmAggregateRepository needs).
 */
@Entity({ schema: 'reference', name: 'countries' })
export class CountryModel {
  /** ISO 3166-1 alpha-2, upper case. */
  @PrimaryColumn('char', { length: 2 })
  id!: string;

  @Column('integer')
  version!: number;

  @Column('char', { length: 3, unique: true })
  alpha3!: string;

  /** Three digits with leading zeros ("004"), so text. */
  @Column('char', { length: 3, unique: true })
  numeric!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'official_name' })
  officialName!: string;

  /** ISO 4217 codes in use. */
  @Column('text', { array: true })
  currencies!: string[];

  /** "+49"; several for shared plans ("+1201", "+1202", …). */
  @Column('text', { name: 'calling_codes', array: true })
  callingCodes!: string[];

  @Column('text')
  region!: string;

  @Column('text', { nullable: true })
  subregion!: string | null;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
