import { StockIssued } from '../../domain/events/stock-issued.event';
import { PublishStockIssued } from './publish-stock-issued';

describe('PublishStockIssued', () => {
  it('gives other contexts the stockId of warehouse.stock-issued', () => {
    const event = new StockIssued({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishStockIssued().toContract(event)).toEqual({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
