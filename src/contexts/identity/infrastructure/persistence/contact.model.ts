import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'identity', name: 'contacts' })
export class ContactModel extends VersionedModel {}
