import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Reservation, ReservationState } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationRepository } from '../../domain/reservation/reservation.repository';

/** What every ReservationRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeReservationRepositoryContract(open: () => Promise<OpenedRepository<ReservationRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Reservation, ReservationState, ReservationRepository>({
    open,
    create: () => Reservation.create(),
    restore: Reservation.restore,
    load: (reservations, id) => reservations.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers ReservationNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(ReservationNotFound);
  });
}
