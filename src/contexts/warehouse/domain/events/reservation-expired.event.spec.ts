import { ReservationExpired } from './reservation-expired.event';

describe('ReservationExpired', () => {
  it('travels as warehouse.reservation-expired v1 with its payload', () => {
    const event = new ReservationExpired({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as ReservationExpired['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'warehouse.reservation-expired', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
