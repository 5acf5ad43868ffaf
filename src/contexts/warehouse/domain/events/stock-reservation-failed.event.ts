import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { ShortageReason } from '../reservation/reservation-shortage';

export interface ShortStock {
  sku: string;
  requested: number;
  /** What could be reserved of it in all the active warehouses together: 0 for an unknown or discontinued product. */
  available: number;
  reason: ShortageReason;
}

export interface StockReservationFailedPayload {
  reservationId: string;
  orderId: string;
  shortages: ShortStock[];
}

/** An order's lines could not all be held, so nothing was; names each line that could not be, and why. */
export class StockReservationFailed extends DomainEvent<StockReservationFailedPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 2;

  constructor(payload: StockReservationFailedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
