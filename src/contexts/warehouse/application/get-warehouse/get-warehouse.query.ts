import { Query } from '@nestjs/cqrs';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';

/** A warehouse by its code, in any case. */
export class GetWarehouse extends Query<Warehouse> {
  constructor(readonly code: string) {
    super();
  }
}
