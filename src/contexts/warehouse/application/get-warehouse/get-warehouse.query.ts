import { Query } from '@nestjs/cqrs';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';

export class GetWarehouse extends Query<Warehouse> {
  constructor(readonly warehouseId: string) {
    super();
  }
}
