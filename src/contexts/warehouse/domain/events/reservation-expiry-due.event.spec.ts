import { ReservationExpiryDue } from './reservation-expiry-due.event';

describe('ReservationExpiryDue', () => {
  it('travels as warehouse.reservation-expiry-due v1 with its payload', () => {
    const event = new ReservationExpiryDue({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as ReservationExpiryDue['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({
      name: 'warehouse.reservation-expiry-due',
      version: 1,
      aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    });
    expect(json.payload).toEqual(event.payload);
  });
});
