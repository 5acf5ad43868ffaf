import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** A line that could not be held, and why. */
export interface ShortStockLine {
  sku: string;
  requested: number;
  /** What could be reserved of it in all the active warehouses together: 0 for an unknown or discontinued product. */
  available: number;
  /** insufficient: too little available; unknown: no such product in the catalog; discontinued: no longer reserved. */
  reason: 'insufficient' | 'unknown' | 'discontinued';
}

export interface StockReservationFailedContractPayload {
  reservationId: string;
  orderId: string;
  /** Each line that could not be held; nothing was. */
  shortages: ShortStockLine[];
}

/**
 * An order's stock could not all be held (all or nothing), so none was. A repeated reserve for the order tries again.
 * v2 gave each shortage its reason (v1: short of stock only; an unknown or discontinued product was refused unrecorded).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReservationFailedContract extends DomainEvent<StockReservationFailedContractPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 2;

  constructor(payload: StockReservationFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
