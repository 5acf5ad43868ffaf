import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ReservationExpiredPayload {
  reservationId: string;
  expiredAt: string;
}

/** Something happened to a reservation that other contexts may react to. */
export class ReservationExpired extends DomainEvent<ReservationExpiredPayload> {
  static readonly eventName = 'warehouse.reservation-expired';
  static readonly eventVersion = 1;

  constructor(payload: ReservationExpiredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
