import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'crm', name: 'interactions' })
export class InteractionModel extends VersionedModel {}
