import { StockIssued } from '../../domain/events/stock-issued.event';
import { PublishStockIssued } from './publish-stock-issued';

describe('PublishStockIssued', () => {
  it('gives other contexts the order and what left each warehouse', () => {
    const payload = {
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      allocations: [{ sku: 'MUG', warehouseCode: 'KBP-1', quantity: 2 }],
      issuedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(new PublishStockIssued().toContract(new StockIssued(payload))).toEqual(payload);
  });
});
