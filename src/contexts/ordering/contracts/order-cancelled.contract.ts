import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface OrderCancelledContractPayload {
  orderId: string;
  reason: string;
  /** Whether the order had been placed (a cancelled draft was never announced). */
  wasPlaced: boolean;
}

/**
 * An order was cancelled; nothing more should be done for it.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class OrderCancelledContract extends DomainEvent<OrderCancelledContractPayload> {
  static readonly eventName = 'ordering.order-cancelled';
  static readonly eventVersion = 1;

  constructor(payload: OrderCancelledContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
