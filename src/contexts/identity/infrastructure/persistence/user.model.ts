import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'users' })
export class UserModel extends VersionedModel {}
