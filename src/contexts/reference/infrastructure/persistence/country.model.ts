import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'reference', name: 'countries' })
export class CountryModel extends VersionedModel {}
