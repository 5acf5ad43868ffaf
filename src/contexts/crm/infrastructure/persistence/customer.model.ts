import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'crm', name: 'customers' })
export class CustomerModel extends VersionedModel {}
