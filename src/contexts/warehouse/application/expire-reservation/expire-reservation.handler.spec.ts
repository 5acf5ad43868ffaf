import { ReservationExpired } from '../../domain/events/reservation-expired.event';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { InMemoryReservationRepository } from '../testing/in-memory-reservation.repository';
import { ExpireReservation } from './expire-reservation.command';
import { ExpireReservationHandler } from './expire-reservation.handler';

describe('ExpireReservationHandler', () => {
  const stored = () =>
    Reservation.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the reservation with ReservationExpired raised', async () => {
    const reservation = stored();
    const repository = new InMemoryReservationRepository().seed(reservation);
    await new ExpireReservationHandler(repository).execute(new ExpireReservation(reservation.id));
    expect(repository.stored(reservation.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(ReservationExpired);
    expect(event.metadata.aggregateId).toBe(reservation.id);
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryReservationRepository();
    await expect(
      new ExpireReservationHandler(repository).execute(new ExpireReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'RESERVATION_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
