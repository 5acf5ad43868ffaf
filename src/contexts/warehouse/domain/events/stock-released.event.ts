import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStock } from './allocated-stock';

export interface StockReleasedPayload {
  reservationId: string;
  orderId: string;
  allocations: AllocatedStock[];
  releasedAt: string;
}

/** A held reservation was let go: its quantities are available again. */
export class StockReleased extends DomainEvent<StockReleasedPayload> {
  static readonly eventName = 'warehouse.stock-released';
  static readonly eventVersion = 1;

  constructor(payload: StockReleasedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
