import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { ListWarehouses } from './list-warehouses.query';

@QueryHandler(ListWarehouses)
export class ListWarehousesHandler implements IQueryHandler<ListWarehouses, Page<Warehouse>> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  async execute({ filter, page, limit }: ListWarehouses): Promise<Page<Warehouse>> {
    const { items, total } = await this.warehouses.findPage(filter, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
