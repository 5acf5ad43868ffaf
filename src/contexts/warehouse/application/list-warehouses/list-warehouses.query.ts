import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseFilter } from '../../domain/warehouse/warehouse.repository';

/** Warehouses, by code. */
export class ListWarehouses extends Query<Page<Warehouse>> {
  constructor(
    readonly filter: WarehouseFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
