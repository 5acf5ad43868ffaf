import { StockItemCreated } from '../events/stock-item-created.event';
import { StockItem } from './stock-item.aggregate';

describe('StockItem', () => {
  it('is created with a new id and raises StockItemCreated', () => {
    const stockItem = StockItem.create(new Date('2026-01-01T00:00:00Z'));
    expect(stockItem.isNew).toBe(true);
    const [event] = stockItem.pullEvents();
    expect(event).toBeInstanceOf(StockItemCreated);
    expect(event.eventName).toBe('warehouse.stock-item-created');
    expect((event as StockItemCreated).payload).toEqual({ stockItemId: stockItem.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored from its snapshot as stored, raising nothing', () => {
    const state = {
      id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      version: 3,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    };
    const stockItem = StockItem.restore(state);
    expect(stockItem.snapshot()).toEqual(state);
    expect(stockItem.pullEvents()).toEqual([]);
  });
});
