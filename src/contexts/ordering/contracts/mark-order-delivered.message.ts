import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface MarkOrderDeliveredMessagePayload {
  orderId: string;
}

/** Ordering accepts: a shipped order reached its customer (Ordering then publishes ordering.order-delivered). */
export class MarkOrderDeliveredMessage extends CommandMessage<MarkOrderDeliveredMessagePayload> {
  static readonly eventName = 'ordering.mark-order-delivered';
  static readonly eventVersion = 1;

  constructor(payload: MarkOrderDeliveredMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
