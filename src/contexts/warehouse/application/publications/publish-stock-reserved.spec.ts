import { StockReserved } from '../../domain/events/stock-reserved.event';
import { PublishStockReserved } from './publish-stock-reserved';

describe('PublishStockReserved', () => {
  it('gives other contexts the stockId of warehouse.stock-reserved', () => {
    const event = new StockReserved({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishStockReserved().toContract(event)).toEqual({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
