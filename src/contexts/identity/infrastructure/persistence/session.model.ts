import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'sessions' })
export class SessionModel extends VersionedModel {}
