import { WarehouseCreated } from '../events/warehouse-created.event';
import { Warehouse } from './warehouse.aggregate';

describe('Warehouse', () => {
  it('is created with a new id and raises WarehouseCreated', () => {
    const warehouse = Warehouse.create(new Date('2026-01-01T00:00:00Z'));
    expect(warehouse.isNew).toBe(true);
    const [event] = warehouse.pullEvents();
    expect(event).toBeInstanceOf(WarehouseCreated);
    expect(event.eventName).toBe('warehouse.warehouse-created');
    expect((event as WarehouseCreated).payload).toEqual({ warehouseId: warehouse.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const warehouse = Warehouse.restore(state);
    expect(warehouse.snapshot()).toEqual(state);
    expect(warehouse.pullEvents()).toEqual([]);
  });
});
