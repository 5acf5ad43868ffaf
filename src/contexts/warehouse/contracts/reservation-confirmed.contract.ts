import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationConfirmedContractPayload {
  reservationId: string;
  orderId: string;
  confirmedAt: string;
}

/**
 * A held reservation was confirmed for its order: it no longer expires, and its stock stays held until it is issued
 * or released. Answers `warehouse.confirm-reservation`.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReservationConfirmedContract extends DomainEvent<ReservationConfirmedContractPayload> {
  static readonly eventName = 'warehouse.reservation-confirmed';
  static readonly eventVersion = 1;

  constructor(payload: ReservationConfirmedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
