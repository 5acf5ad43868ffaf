import { StockReleased } from '../../domain/events/stock-released.event';
import { PublishStockReleased } from './publish-stock-released';

describe('PublishStockReleased', () => {
  it('gives other contexts the stockId of warehouse.stock-released', () => {
    const event = new StockReleased({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishStockReleased().toContract(event)).toEqual({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
