import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Warehouse, WarehouseState } from '../../domain/warehouse/warehouse.aggregate';
import { WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';

/** What every WarehouseRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeWarehouseRepositoryContract(open: () => Promise<OpenedRepository<WarehouseRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Warehouse, WarehouseState, WarehouseRepository>({
    open,
    create: () => Warehouse.create(),
    restore: Warehouse.restore,
    load: (warehouses, id) => warehouses.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers WarehouseNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(WarehouseNotFound);
  });
}
