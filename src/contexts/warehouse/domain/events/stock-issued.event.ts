import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockIssuedPayload {
  stockId: string;
}

/** Something happened to a stock that other contexts may react to. */
export class StockIssued extends DomainEvent<StockIssuedPayload> {
  static readonly eventName = 'warehouse.stock-issued';
  static readonly eventVersion = 1;

  constructor(payload: StockIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
