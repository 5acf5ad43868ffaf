import { AggregateMapper } from '@promenade/persistence';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseModel } from './warehouse.model';

export const warehouseMapper: AggregateMapper<Warehouse, WarehouseModel> = {
  toDomain(model) {
    return Warehouse.restore({ id: model.id, version: model.version, createdAt: model.createdAt, updatedAt: model.updatedAt });
  },

  toModel(warehouse) {
    return Object.assign(new WarehouseModel(), { id: warehouse.id, createdAt: warehouse.createdAt });
  },
};
