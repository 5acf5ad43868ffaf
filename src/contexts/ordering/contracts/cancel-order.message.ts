import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface CancelOrderMessagePayload {
  orderId: string;
  /** Shown to the customer as the order's cancellation reason. */
  reason: string;
}

/**
 * Ordering accepts: cancel an order that cannot be fulfilled. A draft, placed or confirmed order is cancelled
 * (and ordering.order-cancelled published); a shipped, delivered or already cancelled one is left as it is.
 */
export class CancelOrderMessage extends CommandMessage<CancelOrderMessagePayload> {
  static readonly eventName = 'ordering.cancel-order';
  static readonly eventVersion = 1;

  constructor(payload: CancelOrderMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
