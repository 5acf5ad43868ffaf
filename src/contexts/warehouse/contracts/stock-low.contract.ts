import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockLowContractPayload {
  stockId: string;
}

/**
 * Something happened to a stock that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockLowContract extends DomainEvent<StockLowContractPayload> {
  static readonly eventName = 'warehouse.stock-low';
  static readonly eventVersion = 1;

  constructor(payload: StockLowContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
