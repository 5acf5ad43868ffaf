import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockItemCreatedPayload {
  stockItemId: string;
  createdAt: string;
}

/** A stock item came into being. */
export class StockItemCreated extends DomainEvent<StockItemCreatedPayload> {
  static readonly eventName = 'warehouse.stock-item-created';
  static readonly eventVersion = 1;

  constructor(payload: StockItemCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockItemId, payload, metadata);
  }
}
