import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReservationFailedPayload {
  stockId: string;
}

/** Something happened to a stock that other contexts may react to. */
export class StockReservationFailed extends DomainEvent<StockReservationFailedPayload> {
  static readonly eventName = 'warehouse.stock-reservation-failed';
  static readonly eventVersion = 1;

  constructor(payload: StockReservationFailedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
