import { StockReservationFailed } from '../../domain/events/stock-reservation-failed.event';
import { PublishStockReservationFailed } from './publish-stock-reservation-failed';

describe('PublishStockReservationFailed', () => {
  it('gives other contexts the order and each line that could not be held, with what is available of it and why', () => {
    const payload = {
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      shortages: [
        { sku: 'FLOUR', requested: 2.5, available: 1.25, reason: 'insufficient' as const },
        { sku: 'YEAST', requested: 1, available: 0, reason: 'unknown' as const },
      ],
    };
    expect(new PublishStockReservationFailed().toContract(new StockReservationFailed(payload))).toEqual(payload);
  });
});
