import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { GetWarehouse } from './get-warehouse.query';
import { GetWarehouseHandler } from './get-warehouse.handler';

describe('GetWarehouseHandler', () => {
  const stored = Warehouse.restore({
    id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const handler = new GetWarehouseHandler(new InMemoryWarehouseRepository().seed(stored));

  it('answers the stored warehouse', async () => {
    expect((await handler.execute(new GetWarehouse(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with WAREHOUSE_NOT_FOUND', async () => {
    await expect(handler.execute(new GetWarehouse('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'WAREHOUSE_NOT_FOUND',
    });
  });
});
