import { StockReservationFailed } from '../../domain/events/stock-reservation-failed.event';
import { PublishStockReservationFailed } from './publish-stock-reservation-failed';

describe('PublishStockReservationFailed', () => {
  it('gives other contexts the stockId of warehouse.stock-reservation-failed', () => {
    const event = new StockReservationFailed({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishStockReservationFailed().toContract(event)).toEqual({ stockId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
