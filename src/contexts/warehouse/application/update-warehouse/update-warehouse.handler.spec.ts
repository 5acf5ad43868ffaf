import { WarehouseUpdated } from '../../domain/events/warehouse-updated.event';
import { WarehouseDetailsInvalid, WarehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { InMemoryWarehouseRepository } from '../testing/in-memory-warehouse.repository';
import { aWarehouse } from '../testing/warehouse-fixtures';
import { UpdateWarehouse } from './update-warehouse.command';
import { UpdateWarehouseHandler } from './update-warehouse.handler';

describe('UpdateWarehouseHandler', () => {
  let warehouses: InMemoryWarehouseRepository;
  let handler: UpdateWarehouseHandler;

  beforeEach(async () => {
    warehouses = new InMemoryWarehouseRepository();
    handler = new UpdateWarehouseHandler(warehouses);
    await warehouses.save(aWarehouse('KBP-1'));
    warehouses.published.length = 0;
  });

  it('saves the changed fields of the warehouse named by its code in any case, and raises WarehouseUpdated', async () => {
    await handler.execute(new UpdateWarehouse('kbp-1', { name: 'Boryspil North', timeZone: 'Europe/Warsaw' }));

    expect(await warehouses.getByCode('KBP-1')).toMatchObject({ name: 'Boryspil North', timeZone: 'Europe/Warsaw', version: 2 });
    expect(warehouses.published).toEqual([expect.any(WarehouseUpdated)]);
  });

  it('saves nothing when nothing changes', async () => {
    await handler.execute(new UpdateWarehouse('KBP-1', { name: 'Kyiv Boryspil' }));

    expect((await warehouses.getByCode('KBP-1')).version).toBe(1);
    expect(warehouses.published).toEqual([]);
  });

  it('refuses an unknown time zone with WAREHOUSE_DETAILS_INVALID, and an unknown code with WAREHOUSE_NOT_FOUND', async () => {
    await expect(handler.execute(new UpdateWarehouse('KBP-1', { timeZone: 'Europe/Atlantis' }))).rejects.toBeInstanceOf(
      WarehouseDetailsInvalid,
    );
    await expect(handler.execute(new UpdateWarehouse('NOPE', { name: 'X' }))).rejects.toBeInstanceOf(WarehouseNotFound);
    expect((await warehouses.getByCode('KBP-1')).timeZone).toBe('Europe/Kyiv');
  });
});
