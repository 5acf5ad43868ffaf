import { AggregateRoot, newId } from '@promenade/ddd';
import { ReservationCreated } from '../events/reservation-created.event';
import { ReservationReleased } from '../events/reservation-released.event';
import { ReservationIssued } from '../events/reservation-issued.event';
import { ReservationExpired } from '../events/reservation-expired.event';

export interface ReservationState {
  id: string;
  version: number;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

/** Reservation: its rules live here, as methods that check them and raise events. */
export class Reservation extends AggregateRoot<ReservationState> {
  private constructor(state: ReservationState) {
    super(state);
  }

  static create(now = new Date()): Reservation {
    const reservation = new Reservation({ id: newId(), version: 0, createdAt: now, updatedAt: now });
    reservation.apply(new ReservationCreated({ reservationId: reservation.id, createdAt: now.toISOString() }));
    return reservation;
  }

  /** Rebuilds a stored reservation; no rule is re-run and no event raised. */
  static restore(state: ReservationState): Reservation {
    return new Reservation(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** Release this reservation. Check the rule that allows it here, before the event. */
  release(now = new Date()): void {
    this.apply(new ReservationReleased({ reservationId: this.id, releasedAt: now.toISOString() }));
  }

  /** Issue this reservation. Check the rule that allows it here, before the event. */
  issue(now = new Date()): void {
    this.apply(new ReservationIssued({ reservationId: this.id, issuedAt: now.toISOString() }));
  }

  /** Expire this reservation. Check the rule that allows it here, before the event. */
  expire(now = new Date()): void {
    this.apply(new ReservationExpired({ reservationId: this.id, expiredAt: now.toISOString() }));
  }
}
