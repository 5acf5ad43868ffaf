import { VersionedModel } from '@promenade/persistence';
import { Entity } from 'typeorm';

@Entity({ schema: 'warehouse', name: 'warehouses' })
export class WarehouseModel extends VersionedModel {}
