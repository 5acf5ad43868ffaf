import { WarehouseCreated } from '../../domain/events/warehouse-created.event';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { CreateWarehouse } from './create-warehouse.command';
import { CreateWarehouseHandler } from './create-warehouse.handler';

describe('CreateWarehouseHandler', () => {
  it('saves a new warehouse that raised WarehouseCreated, and answers its id', async () => {
    const repository = new InMemoryWarehouseRepository();
    const id = await new CreateWarehouseHandler(repository).execute(new CreateWarehouse());
    expect(repository.all().map((warehouse) => warehouse.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(WarehouseCreated)]);
  });
});
