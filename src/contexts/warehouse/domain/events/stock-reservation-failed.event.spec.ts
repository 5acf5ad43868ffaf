import { StockReservationFailed } from './stock-reservation-failed.event';

describe('StockReservationFailed', () => {
  it('travels as warehouse.stock-reservation-failed v2 with its payload', () => {
    const event = new StockReservationFailed({
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    } as StockReservationFailed['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({
      name: 'warehouse.stock-reservation-failed',
      version: 2,
      aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    });
    expect(json.payload).toEqual(event.payload);
  });
});
