import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockIssuedContractPayload {
  stockId: string;
}

/**
 * Something happened to a stock that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockIssuedContract extends DomainEvent<StockIssuedContractPayload> {
  static readonly eventName = 'warehouse.stock-issued';
  static readonly eventVersion = 1;

  constructor(payload: StockIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
