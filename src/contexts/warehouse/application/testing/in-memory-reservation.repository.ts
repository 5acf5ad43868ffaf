import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Reservation, ReservationState } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationRepository } from '../../domain/reservation/reservation.repository';

/** A unit-test stand-in for the reservation store: the port's queries over the shared in-memory repository. */
export class InMemoryReservationRepository
  extends InMemoryAggregateRepository<Reservation, ReservationState>
  implements ReservationRepository
{
  constructor() {
    super(Reservation.restore);
  }

  async getById(id: string): Promise<Reservation> {
    const stored = this.stored(id);
    if (!stored) throw new ReservationNotFound(id);
    return stored;
  }
}
