import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationExpiredContractPayload {
  reservationId: string;
  expiredAt: string;
}

/**
 * Something happened to a reservation that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReservationExpiredContract extends DomainEvent<ReservationExpiredContractPayload> {
  static readonly eventName = 'warehouse.reservation-expired';
  static readonly eventVersion = 1;

  constructor(payload: ReservationExpiredContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
