import { WarehouseDeactivated } from '../../domain/events/warehouse-deactivated.event';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { DeactivateWarehouse } from './deactivate-warehouse.command';
import { DeactivateWarehouseHandler } from './deactivate-warehouse.handler';

describe('DeactivateWarehouseHandler', () => {
  const stored = () =>
    Warehouse.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the warehouse with WarehouseDeactivated raised', async () => {
    const warehouse = stored();
    const repository = new InMemoryWarehouseRepository().seed(warehouse);
    await new DeactivateWarehouseHandler(repository).execute(new DeactivateWarehouse(warehouse.id));
    expect(repository.stored(warehouse.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(WarehouseDeactivated);
    expect(event.metadata.aggregateId).toBe(warehouse.id);
  });

  it('refuses an unknown id with WAREHOUSE_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryWarehouseRepository();
    await expect(
      new DeactivateWarehouseHandler(repository).execute(new DeactivateWarehouse('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'WAREHOUSE_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
