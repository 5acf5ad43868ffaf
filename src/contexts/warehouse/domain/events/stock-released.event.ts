import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReleasedPayload {
  stockId: string;
}

/** Something happened to a stock that other contexts may react to. */
export class StockReleased extends DomainEvent<StockReleasedPayload> {
  static readonly eventName = 'warehouse.stock-released';
  static readonly eventVersion = 1;

  constructor(payload: StockReleasedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
