import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStock } from './allocated-stock';

export interface StockIssuedPayload {
  reservationId: string;
  orderId: string;
  allocations: AllocatedStock[];
  issuedAt: string;
}

/** A held reservation left the warehouses (shipped out): on hand and reserved both went down by its quantities. */
export class StockIssued extends DomainEvent<StockIssuedPayload> {
  static readonly eventName = 'warehouse.stock-issued';
  static readonly eventVersion = 1;

  constructor(payload: StockIssuedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
