import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { aWarehouse } from '../testing/warehouse-fixtures';
import { GetWarehouse } from './get-warehouse.query';
import { GetWarehouseHandler } from './get-warehouse.handler';

describe('GetWarehouseHandler', () => {
  it('answers the stored warehouse, named by its code in any case', async () => {
    const warehouses = new InMemoryWarehouseRepository();
    const warehouse = aWarehouse('KBP-1');
    await warehouses.save(warehouse);

    expect((await new GetWarehouseHandler(warehouses).execute(new GetWarehouse('kbp-1'))).snapshot()).toEqual(warehouse.snapshot());
  });

  it('refuses an unknown code with WAREHOUSE_NOT_FOUND', async () => {
    await expect(new GetWarehouseHandler(new InMemoryWarehouseRepository()).execute(new GetWarehouse('NOPE-1'))).rejects.toMatchObject({
      code: 'WAREHOUSE_NOT_FOUND',
    });
  });
});
