import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockLowPayload {
  stockId: string;
}

/** Something happened to a stock that other contexts may react to. */
export class StockLow extends DomainEvent<StockLowPayload> {
  static readonly eventName = 'warehouse.stock-low';
  static readonly eventVersion = 1;

  constructor(payload: StockLowPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
