import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface ShortStock {
  sku: string;
  requested: number;
  /** All the active warehouses had of it, together. */
  available: number;
}

export interface StockReservationFailedPayload {
  reservationId: string;
  orderId: string;
  shortages: ShortStock[];
}

/** An order's lines could not all be covered, so nothing was held; names each short SKU. */
export class StockReservationFailed extends DomainEvent<StockReservationFailedPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 1;

  constructor(payload: StockReservationFailedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
