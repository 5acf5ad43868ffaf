import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderCancelledPayload {
  orderId: string;
  reason: string;
  /** Whether the order had been placed (a cancelled draft was never announced). */
  wasPlaced: boolean;
}

/**
 * An order was cancelled; nothing more should be done for it.
 * Published as OrderCancelledContract (application/publications/publish-order-cancelled.ts); never sent itself.
 */
export class OrderCancelled extends DomainEvent<OrderCancelledPayload> {
  static readonly eventName = 'ordering.order-cancelled';
  static readonly eventVersion = 1;

  constructor(payload: OrderCancelledPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
