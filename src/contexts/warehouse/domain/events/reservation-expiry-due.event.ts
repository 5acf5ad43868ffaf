import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationExpiryDuePayload {
  reservationId: string;
}

/** Internal, raised with `metadata.deliverAt` = the reservation's expiresAt: the transport hands it over then. */
export class ReservationExpiryDue extends DomainEvent<ReservationExpiryDuePayload> {
  static readonly eventName = 'warehouse.reservation-expiry-due';
  static readonly eventVersion = 1;

  constructor(payload: ReservationExpiryDuePayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
