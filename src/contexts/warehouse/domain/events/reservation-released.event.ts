import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationReleasedPayload {
  reservationId: string;
  releasedAt: string;
}

/** A reservation was released. */
export class ReservationReleased extends DomainEvent<ReservationReleasedPayload> {
  static readonly eventName = 'warehouse.reservation-released';
  static readonly eventVersion = 1;

  constructor(payload: ReservationReleasedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
