import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { warehouseMapper } from './warehouse.mapper';
import { WarehouseModel } from './warehouse.model';

@Injectable()
export class WarehouseTypeOrmRepository extends TypeOrmAggregateRepository<Warehouse, WarehouseModel> implements WarehouseRepository {
  constructor(uow: UnitOfWork) {
    super(uow, WarehouseModel, warehouseMapper);
  }

  async getById(id: string): Promise<Warehouse> {
    const warehouse = await this.findById(id);
    if (!warehouse) throw new WarehouseNotFound(id);
    return warehouse;
  }
}
