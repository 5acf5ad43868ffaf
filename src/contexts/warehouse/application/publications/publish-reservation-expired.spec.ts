import { ReservationExpired } from '../../domain/events/reservation-expired.event';
import { PublishReservationExpired } from './publish-reservation-expired';

describe('PublishReservationExpired', () => {
  it('gives other contexts the reservationId and expiredAt of warehouse.reservation-expired', () => {
    const event = new ReservationExpired({ reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', expiredAt: '2026-01-01T00:00:00.000Z' });
    expect(new PublishReservationExpired().toContract(event)).toEqual({
      reservationId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      expiredAt: '2026-01-01T00:00:00.000Z',
    });
  });
});
