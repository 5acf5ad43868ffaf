import { ReservationConfirmed } from './reservation-confirmed.event';

describe('ReservationConfirmed', () => {
  it('travels as warehouse.reservation-confirmed v1 with its payload', () => {
    const event = new ReservationConfirmed({
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      confirmedAt: '2026-01-01T10:05:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({
      name: 'warehouse.reservation-confirmed',
      version: 1,
      aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    });
    expect(json.payload).toEqual(event.payload);
  });
});
