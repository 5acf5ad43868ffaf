import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStock } from './allocated-stock';

export interface ReservationExpiredPayload {
  reservationId: string;
  orderId: string;
  allocations: AllocatedStock[];
  expiredAt: string;
}

/** A held reservation reached its expiresAt unissued and unreleased: its quantities are available again. */
export class ReservationExpired extends DomainEvent<ReservationExpiredPayload> {
  static readonly eventName = 'warehouse.reservation-expired';
  static readonly eventVersion = 1;

  constructor(payload: ReservationExpiredPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
