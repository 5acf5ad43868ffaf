import { StockReleased } from '../../domain/events/stock-released.event';
import { PublishStockReleased } from './publish-stock-released';

describe('PublishStockReleased', () => {
  it('gives other contexts the order and what became available again', () => {
    const payload = {
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      allocations: [{ sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 }],
      releasedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(new PublishStockReleased().toContract(new StockReleased(payload))).toEqual(payload);
  });
});
