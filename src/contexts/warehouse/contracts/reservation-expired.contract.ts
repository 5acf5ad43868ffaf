import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStockLine } from './allocated-stock-line';

export interface ReservationExpiredContractPayload {
  reservationId: string;
  orderId: string;
  /** What became available again. */
  allocations: AllocatedStockLine[];
  expiredAt: string;
}

/**
 * A held reservation reached its expiry neither issued nor released: its stock is available again.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ReservationExpiredContract extends DomainEvent<ReservationExpiredContractPayload> {
  static readonly eventName = 'warehouse.reservation-expired';
  static readonly eventVersion = 1;

  constructor(payload: ReservationExpiredContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
