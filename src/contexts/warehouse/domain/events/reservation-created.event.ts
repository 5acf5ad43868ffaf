import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationCreatedPayload {
  reservationId: string;
  createdAt: string;
}

/** A reservation came into being. */
export class ReservationCreated extends DomainEvent<ReservationCreatedPayload> {
  static readonly eventName = 'warehouse.reservation-created';
  static readonly eventVersion = 1;

  constructor(payload: ReservationCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
