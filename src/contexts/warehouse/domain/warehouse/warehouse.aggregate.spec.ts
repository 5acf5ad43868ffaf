import { aWarehouse, newWarehouse } from '../../application/testing/warehouse-fixtures';
import { WarehouseActivated } from '../events/warehouse-activated.event';
import { WarehouseCreated } from '../events/warehouse-created.event';
import { WarehouseDeactivated } from '../events/warehouse-deactivated.event';
import { WarehouseUpdated } from '../events/warehouse-updated.event';
import { Warehouse, WarehouseState } from './warehouse.aggregate';
import { WarehouseAlreadyActive, WarehouseCodeInvalid, WarehouseDetailsInvalid, WarehouseInactive } from './warehouse.errors';

const NOW = new Date('2026-01-01T00:00:00Z');

function saved(code = 'KBP-1'): Warehouse {
  const warehouse = aWarehouse(code);
  warehouse.pullEvents();
  return warehouse;
}

describe('Warehouse', () => {
  it('is created active with its code normalised, raising WarehouseCreated', () => {
    const warehouse = Warehouse.create(newWarehouse(' kbp-1 '), NOW);

    expect(warehouse).toMatchObject({ isNew: true, code: 'KBP-1', name: 'Kyiv Boryspil', timeZone: 'Europe/Kyiv', status: 'active' });
    expect(warehouse.address).toEqual({
      line1: 'Kyivskyi Shliakh 2',
      line2: null,
      city: 'Boryspil',
      postalCode: '08300',
      region: 'Kyiv Oblast',
      country: 'UA',
    });
    const [event] = warehouse.pullEvents();
    expect(event).toBeInstanceOf(WarehouseCreated);
    expect((event as WarehouseCreated).payload).toEqual({
      warehouseId: warehouse.id,
      code: 'KBP-1',
      name: 'Kyiv Boryspil',
      createdAt: NOW.toISOString(),
    });
  });

  it('refuses a bad code or bad details', () => {
    expect(() => aWarehouse('KBP_1')).toThrow(WarehouseCodeInvalid);
    expect(() => aWarehouse('KBP-1', { timeZone: 'Nowhere' })).toThrow(WarehouseDetailsInvalid);
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state: WarehouseState = { ...saved().snapshot(), version: 3, status: 'inactive' };
    const warehouse = Warehouse.restore(state);
    expect(warehouse.snapshot()).toEqual(state);
    expect(warehouse.pullEvents()).toEqual([]);
  });

  it('changes the fields given, an address as a whole, raising WarehouseUpdated; nothing when nothing changes', () => {
    const warehouse = saved();
    const lviv = { line1: 'Horodotska 1', city: 'Lviv', postalCode: '79000', country: 'ua' };

    expect(warehouse.update({ address: lviv, timeZone: 'europe/kiev' })).toBe(true);

    expect(warehouse.address).toEqual({ ...lviv, line2: null, region: null, country: 'UA' });
    const [event] = warehouse.pullEvents();
    expect(event).toBeInstanceOf(WarehouseUpdated);
    expect((event as WarehouseUpdated).payload.changed).toEqual(['address']);
    expect(warehouse.update({ name: 'Kyiv Boryspil' })).toBe(false);
    expect(warehouse.pullEvents()).toEqual([]);
    expect(() => warehouse.update({ address: { ...lviv, country: 'ZZ' } })).toThrow(WarehouseDetailsInvalid);
  });

  it('is deactivated, then takes no stock; activated, it takes stock again', () => {
    const warehouse = saved();
    expect(() => warehouse.assertAcceptsStock()).not.toThrow();

    warehouse.deactivate(NOW);

    expect(warehouse.status).toBe('inactive');
    expect(() => warehouse.assertAcceptsStock()).toThrow(expect.objectContaining({ code: 'WAREHOUSE_INACTIVE', kind: 'conflict' }));
    warehouse.activate(NOW);
    expect(warehouse.isActive).toBe(true);
    expect(warehouse.pullEvents()).toEqual([expect.any(WarehouseDeactivated), expect.any(WarehouseActivated)]);
  });

  it('refuses to deactivate an inactive warehouse or activate an active one', () => {
    const warehouse = saved();

    expect(() => warehouse.activate()).toThrow(WarehouseAlreadyActive);
    warehouse.deactivate();
    expect(() => warehouse.deactivate()).toThrow(WarehouseInactive);
  });
});
