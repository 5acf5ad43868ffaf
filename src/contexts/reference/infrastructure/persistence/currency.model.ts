import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'reference', name: 'currencies' })
export class CurrencyModel extends VersionedModel {}
