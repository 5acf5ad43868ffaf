import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WAREHOUSE_REPOSITORY, WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { GetWarehouse } from './get-warehouse.query';

@QueryHandler(GetWarehouse)
export class GetWarehouseHandler implements IQueryHandler<GetWarehouse, Warehouse> {
  constructor(@Inject(WAREHOUSE_REPOSITORY) private readonly warehouses: WarehouseRepository) {}

  execute({ code }: GetWarehouse): Promise<Warehouse> {
    return this.warehouses.getByCode(code);
  }
}
