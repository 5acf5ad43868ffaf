import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Warehouse, WarehouseState } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';

/** A unit-test stand-in for the warehouse store: the port's queries over the shared in-memory repository. */
export class InMemoryWarehouseRepository extends InMemoryAggregateRepository<Warehouse, WarehouseState> implements WarehouseRepository {
  constructor() {
    super(Warehouse.restore);
  }

  async getById(id: string): Promise<Warehouse> {
    const stored = this.stored(id);
    if (!stored) throw new WarehouseNotFound(id);
    return stored;
  }
}
