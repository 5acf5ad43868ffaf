import { ReservationConfirmed } from '../../domain/events/reservation-confirmed.event';
import { PublishReservationConfirmed } from './publish-reservation-confirmed';

describe('PublishReservationConfirmed', () => {
  it('gives other contexts the reservation, its order and when it was confirmed', () => {
    const payload = {
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      orderId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      confirmedAt: '2026-01-01T10:05:00.000Z',
    };
    expect(new PublishReservationConfirmed().toContract(new ReservationConfirmed(payload))).toEqual(payload);
  });
});
