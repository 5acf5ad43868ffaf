import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReservedPayload {
  stockId: string;
}

/** Something happened to a stock that other contexts may react to. */
export class StockReserved extends DomainEvent<StockReservedPayload> {
  static readonly eventName = 'warehouse.stock-reserved';
  static readonly eventVersion = 1;

  constructor(payload: StockReservedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
