import { StockLow } from '../../domain/events/stock-low.event';
import { PublishStockLow } from './publish-stock-low';

describe('PublishStockLow', () => {
  it('gives other contexts the stockId of warehouse.stock-low', () => {
    const event = new StockLow({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishStockLow().toContract(event)).toEqual({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
