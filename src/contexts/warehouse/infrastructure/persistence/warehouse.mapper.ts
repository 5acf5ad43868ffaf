import { AggregateMapper } from '@promenade/persistence';
import { WarehouseStatus } from '../../domain/warehouse/warehouse-status';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseModel } from './warehouse.model';

export const warehouseMapper: AggregateMapper<Warehouse, WarehouseModel> = {
  toDomain(model) {
    return Warehouse.restore({
      id: model.id,
      version: model.version,
      code: model.code,
      name: model.name,
      address: {
        line1: model.addressLine1,
        line2: model.addressLine2,
        city: model.city,
        postalCode: model.postalCode,
        region: model.region,
        country: model.country,
      },
      timeZone: model.timeZone,
      status: model.status as WarehouseStatus,
      createdAt: model.createdAt,
      updatedAt: model.updatedAt,
    });
  },

  toModel(warehouse) {
    const { line1, line2, city, postalCode, region, country } = warehouse.address;
    return Object.assign(new WarehouseModel(), {
      id: warehouse.id,
      code: warehouse.code,
      name: warehouse.name,
      addressLine1: line1,
      addressLine2: line2,
      city,
      postalCode,
      region,
      country,
      timeZone: warehouse.timeZone,
      status: warehouse.status,
      createdAt: warehouse.createdAt,
    });
  },
};
