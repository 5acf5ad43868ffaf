import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'roles' })
export class RoleModel extends VersionedModel {}
