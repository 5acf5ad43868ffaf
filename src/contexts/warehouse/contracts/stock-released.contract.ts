import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStockLine } from './allocated-stock-line';

export interface StockReleasedContractPayload {
  reservationId: string;
  orderId: string;
  /** What became available again. */
  allocations: AllocatedStockLine[];
  releasedAt: string;
}

/**
 * A held reservation was released: its stock is available again.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockReleasedContract extends DomainEvent<StockReleasedContractPayload> {
  static readonly eventName = 'warehouse.stock-released';
  static readonly eventVersion = 1;

  constructor(payload: StockReleasedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
