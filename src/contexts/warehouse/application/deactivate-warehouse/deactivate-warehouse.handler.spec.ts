import { WarehouseDeactivated } from '../../domain/events/warehouse-deactivated.event';
import { WarehouseInactive } from '../../domain/warehouse/warehouse.errors';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { aWarehouse } from '../testing/warehouse-fixtures';
import { DeactivateWarehouse } from './deactivate-warehouse.command';
import { DeactivateWarehouseHandler } from './deactivate-warehouse.handler';

describe('DeactivateWarehouseHandler', () => {
  let warehouses: InMemoryWarehouseRepository;
  let handler: DeactivateWarehouseHandler;

  beforeEach(async () => {
    warehouses = new InMemoryWarehouseRepository();
    handler = new DeactivateWarehouseHandler(warehouses);
    await warehouses.save(aWarehouse('KBP-1'));
    warehouses.published.length = 0;
  });

  it('saves the warehouse inactive, with WarehouseDeactivated raised', async () => {
    await handler.execute(new DeactivateWarehouse('kbp-1'));

    expect(await warehouses.getByCode('KBP-1')).toMatchObject({ status: 'inactive', version: 2 });
    expect(warehouses.published).toEqual([expect.any(WarehouseDeactivated)]);
  });

  it('refuses an inactive warehouse with WAREHOUSE_INACTIVE, and an unknown code with WAREHOUSE_NOT_FOUND', async () => {
    await handler.execute(new DeactivateWarehouse('KBP-1'));

    await expect(handler.execute(new DeactivateWarehouse('KBP-1'))).rejects.toBeInstanceOf(WarehouseInactive);
    await expect(handler.execute(new DeactivateWarehouse('NOPE-1'))).rejects.toMatchObject({ code: 'WAREHOUSE_NOT_FOUND' });
    expect(warehouses.published).toHaveLength(1);
  });
});
