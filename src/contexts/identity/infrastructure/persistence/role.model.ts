import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

/** Custom roles only: the system roles live in code. */
@Entity({ schema: 'identity', name: 'roles' })
export class RoleModel extends VersionedModel {
  @Column('varchar', { length: 32 })
  name!: string;

  @Column('varchar', { length: 200 })
  description!: string;

  @Column('text', { array: true })
  permissions!: string[];
}
