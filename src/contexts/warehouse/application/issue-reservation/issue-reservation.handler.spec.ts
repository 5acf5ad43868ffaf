import { ReservationIssued } from '../../domain/events/reservation-issued.event';
import { Reservation } from '../../domain/reservation/reservation.aggregate';
import { InMemoryReservationRepository } from '../testing/in-memory-reservation.repository';
import { IssueReservation } from './issue-reservation.command';
import { IssueReservationHandler } from './issue-reservation.handler';

describe('IssueReservationHandler', () => {
  const stored = () =>
    Reservation.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the reservation with ReservationIssued raised', async () => {
    const reservation = stored();
    const repository = new InMemoryReservationRepository().seed(reservation);
    await new IssueReservationHandler(repository).execute(new IssueReservation(reservation.id));
    expect(repository.stored(reservation.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(ReservationIssued);
    expect(event.metadata.aggregateId).toBe(reservation.id);
  });

  it('refuses an unknown id with RESERVATION_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryReservationRepository();
    await expect(
      new IssueReservationHandler(repository).execute(new IssueReservation('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'RESERVATION_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
