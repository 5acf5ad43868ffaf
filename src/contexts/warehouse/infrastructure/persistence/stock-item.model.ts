import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'stock_items' })
export class StockItemModel extends VersionedModel {}
