import { WarehouseCreated } from '../../domain/events/warehouse-created.event';
import { WarehouseCodeTaken, WarehouseDetailsInvalid } from '../../domain/warehouse/warehouse.errors';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { newWarehouse } from '../testing/warehouse-fixtures';
import { CreateWarehouse } from './create-warehouse.command';
import { CreateWarehouseHandler } from './create-warehouse.handler';

describe('CreateWarehouseHandler', () => {
  let warehouses: InMemoryWarehouseRepository;
  let handler: CreateWarehouseHandler;

  beforeEach(() => {
    warehouses = new InMemoryWarehouseRepository();
    handler = new CreateWarehouseHandler(warehouses);
  });

  it('saves a new active warehouse that raised WarehouseCreated, and answers its normalised code', async () => {
    const code = await handler.execute(new CreateWarehouse(newWarehouse('kbp-1')));

    expect(code).toBe('KBP-1');
    expect(await warehouses.getByCode('KBP-1')).toMatchObject({ status: 'active', version: 1 });
    expect(warehouses.published).toEqual([expect.any(WarehouseCreated)]);
  });

  it('refuses a code another warehouse holds, in any case, with WAREHOUSE_CODE_TAKEN', async () => {
    await handler.execute(new CreateWarehouse(newWarehouse('KBP-1')));

    await expect(handler.execute(new CreateWarehouse(newWarehouse('kbp-1')))).rejects.toBeInstanceOf(WarehouseCodeTaken);
    expect(warehouses.all()).toHaveLength(1);
  });

  it('refuses an unknown country with WAREHOUSE_DETAILS_INVALID and stores nothing', async () => {
    const address = { ...newWarehouse().address, country: 'QQ' };

    await expect(handler.execute(new CreateWarehouse(newWarehouse('KBP-1', { address })))).rejects.toBeInstanceOf(WarehouseDetailsInvalid);
    expect(warehouses.all()).toEqual([]);
  });
});
