import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationIssuedPayload {
  reservationId: string;
  issuedAt: string;
}

/** A reservation was issued. */
export class ReservationIssued extends DomainEvent<ReservationIssuedPayload> {
  static readonly eventName = 'warehouse.reservation-issued';
  static readonly eventVersion = 1;

  constructor(payload: ReservationIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
