import { DomainEvent, EventMetadata } from '@promenade/ddd';
import { AllocatedStock } from './allocated-stock';

export interface StockReservedPayload {
  reservationId: string;
  orderId: string;
  allocations: AllocatedStock[];
  expiresAt: string;
}

/** Every line of an order was held, in the warehouses of the allocation, until expiresAt. */
export class StockReserved extends DomainEvent<StockReservedPayload> {
  static readonly eventName = 'warehouse.stock-reserved';
  static readonly eventVersion = 1;

  constructor(payload: StockReservedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.reservationId, payload, metadata);
  }
}
