import { WarehouseActivated } from '../../domain/events/warehouse-activated.event';
import { WarehouseAlreadyActive } from '../../domain/warehouse/warehouse.errors';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { aWarehouse } from '../testing/warehouse-fixtures';
import { ActivateWarehouse } from './activate-warehouse.command';
import { ActivateWarehouseHandler } from './activate-warehouse.handler';

describe('ActivateWarehouseHandler', () => {
  let warehouses: InMemoryWarehouseRepository;
  let handler: ActivateWarehouseHandler;

  beforeEach(async () => {
    warehouses = new InMemoryWarehouseRepository();
    handler = new ActivateWarehouseHandler(warehouses);
    const closed = aWarehouse('KBP-1');
    closed.deactivate();
    await warehouses.save(closed);
    warehouses.published.length = 0;
  });

  it('saves an inactive warehouse active again, with WarehouseActivated raised', async () => {
    await handler.execute(new ActivateWarehouse('kbp-1'));

    expect(await warehouses.getByCode('KBP-1')).toMatchObject({ status: 'active', version: 2 });
    expect(warehouses.published).toEqual([expect.any(WarehouseActivated)]);
  });

  it('refuses an active warehouse with WAREHOUSE_ALREADY_ACTIVE, and an unknown code with WAREHOUSE_NOT_FOUND', async () => {
    await handler.execute(new ActivateWarehouse('KBP-1'));

    await expect(handler.execute(new ActivateWarehouse('KBP-1'))).rejects.toBeInstanceOf(WarehouseAlreadyActive);
    await expect(handler.execute(new ActivateWarehouse('NOPE-1'))).rejects.toMatchObject({ code: 'WAREHOUSE_NOT_FOUND' });
    expect(warehouses.published).toHaveLength(1);
  });
});
