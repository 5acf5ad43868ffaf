import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockLowContractPayload {
  stockItemId: string;
  sku: string;
  warehouseCode: string;
  /** onHand − reserved after the change that crossed the reorder point, in the product's unit. */
  available: number;
  reorderPoint: number;
}

/**
 * A product's available stock in one warehouse fell below its reorder point: time to replenish. Sent once per
 * crossing; a later decrease while still below sends nothing, until stock rises to the reorder point again.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockLowContract extends DomainEvent<StockLowContractPayload> {
  static readonly eventName = 'warehouse.stock-low';
  static readonly eventVersion = 1;

  constructor(payload: StockLowContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockItemId, payload, metadata);
  }
}
