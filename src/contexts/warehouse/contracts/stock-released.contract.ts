import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface StockReleasedContractPayload {
  stockId: string;
}

/**
 * Something happened to a stock that other contexts may react to.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReleasedContract extends DomainEvent<StockReleasedContractPayload> {
  static readonly eventName = 'warehouse.stock-released';
  static readonly eventVersion = 1;

  constructor(payload: StockReleasedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.stockId, payload, metadata);
  }
}
