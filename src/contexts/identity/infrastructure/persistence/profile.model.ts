import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'profiles' })
export class ProfileModel extends VersionedModel {}
