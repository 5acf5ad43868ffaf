import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'warehouses' })
export class WarehouseModel extends VersionedModel {
  /** Upper-case; unique (warehouses_code_unique). */
  @Column('varchar', { length: 16 })
  code!: string;

  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { name: 'address_line1', length: 200 })
  addressLine1!: string;

  @Column('varchar', { name: 'address_line2', length: 200, nullable: true })
  addressLine2!: string | null;

  @Column('varchar', { length: 100 })
  city!: string;

  @Column('varchar', { name: 'postal_code', length: 20 })
  postalCode!: string;

  @Column('varchar', { length: 100, nullable: true })
  region!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column('char', { length: 2 })
  country!: string;

  /** IANA name. */
  @Column('varchar', { name: 'time_zone', length: 64 })
  timeZone!: string;

  @Column('varchar', { length: 16 })
  status!: string;
}
