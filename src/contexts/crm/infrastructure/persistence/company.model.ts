import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'crm', name: 'companies' })
export class CompanyModel extends VersionedModel {}
