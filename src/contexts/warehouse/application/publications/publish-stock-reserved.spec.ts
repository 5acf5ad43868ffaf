import { StockReserved } from '../../domain/events/stock-reserved.event';
import { PublishStockReserved } from './publish-stock-reserved';

describe('PublishStockReserved', () => {
  it('gives other contexts the order, where each line is held, and until when', () => {
    const payload = {
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      allocations: [
        { sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 },
        { sku: 'MUG', warehouseCode: 'LWO-1', quantity: 1 },
      ],
      expiresAt: '2026-01-01T10:30:00.000Z',
    };
    expect(new PublishStockReserved().toContract(new StockReserved(payload))).toEqual(payload);
  });
});
