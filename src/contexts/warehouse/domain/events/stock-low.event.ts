import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockLowPayload {
  stockItemId: string;
  sku: string;
  warehouseCode: string;
  /** onHand − reserved after the change, in the product's unit. */
  available: number;
  reorderPoint: number;
}

/** A stock item's available quantity fell below its reorder point: raised once per crossing, re-armed when it comes back up. */
export class StockLow extends DomainEvent<StockLowPayload> {
  static readonly eventName = 'warehouse.stock-low';
  static readonly eventVersion = 1;

  constructor(payload: StockLowPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockItemId, payload, metadata);
  }
}
