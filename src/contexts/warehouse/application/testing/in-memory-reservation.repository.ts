import { ConcurrencyConflict, InMemoryAggregateRepository } from '@promenade/ddd';
import { Reservation, ReservationState } from '../../domain/reservation/reservation.aggregate';
import { ReservationNotFound } from '../../domain/reservation/reservation.errors';
import { ReservationFilter, ReservationRepository } from '../../domain/reservation/reservation.repository';

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

  async findByOrderId(orderId: string): Promise<Reservation | null> {
    return this.all().find((r) => r.orderId === orderId) ?? null;
  }

  async findPage(filter: ReservationFilter, offset: number, limit: number): Promise<{ items: Reservation[]; total: number }> {
    const matches = this.all().filter((r) => (filter.orderId ?? r.orderId) === r.orderId && (filter.status ?? r.status) === r.status);
    return this.pageOf(matches, offset, limit);
  }

  /** One reservation per order, as the table's unique index keeps it. */
  override async save(reservation: Reservation): Promise<void> {
    const other = await this.findByOrderId(reservation.orderId);
    if (other && other.id !== reservation.id) throw new ConcurrencyConflict('Reservation', reservation.id, reservation.version);
    await super.save(reservation);
  }
}
