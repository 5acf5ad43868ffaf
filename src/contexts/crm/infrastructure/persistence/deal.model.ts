import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'crm', name: 'deals' })
export class DealModel extends VersionedModel {}
