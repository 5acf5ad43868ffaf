import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReservedContractPayload {
  stockId: string;
}

/**
 * Something happened to a stock that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReservedContract extends DomainEvent<StockReservedContractPayload> {
  static readonly eventName = 'warehouse.stock-reserved';
  static readonly eventVersion = 1;

  constructor(payload: StockReservedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
