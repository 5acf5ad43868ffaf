import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'products' })
export class ProductModel extends VersionedModel {}
