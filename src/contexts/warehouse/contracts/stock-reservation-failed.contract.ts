import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReservationFailedContractPayload {
  reservationId: string;
  orderId: string;
  /** Each SKU that could not be covered, with all the active warehouses had of it; nothing was held. */
  shortages: Array<{ sku: string; requested: number; available: number }>;
}

/**
 * An order's stock could not all be held (all or nothing), so none was. A repeated reserve for the order tries again.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReservationFailedContract extends DomainEvent<StockReservationFailedContractPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 1;

  constructor(payload: StockReservationFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
