import { StockLow } from '../../domain/events/stock-low.event';
import { PublishStockLow } from './publish-stock-low';

describe('PublishStockLow', () => {
  it('gives other contexts the stock item, its sku and warehouse, what is available and the reorder point', () => {
    const payload = {
      stockItemId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      sku: 'SKU-1',
      warehouseCode: 'KBP-1',
      available: 2.5,
      reorderPoint: 3,
    };
    expect(new PublishStockLow().toContract(new StockLow(payload))).toEqual(payload);
  });
});
