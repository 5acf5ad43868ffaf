import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStockLine } from './allocated-stock-line';

export interface StockIssuedContractPayload {
  reservationId: string;
  orderId: string;
  /** What left each warehouse. */
  allocations: AllocatedStockLine[];
  issuedAt: string;
}

/**
 * A held reservation was issued: its stock left the warehouses for the order (on hand went down, an issue in the ledger).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class StockIssuedContract extends DomainEvent<StockIssuedContractPayload> {
  static readonly eventName = 'warehouse.stock-issued';
  static readonly eventVersion = 1;

  constructor(payload: StockIssuedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
