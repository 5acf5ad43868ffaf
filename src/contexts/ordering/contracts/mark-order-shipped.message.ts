import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface MarkOrderShippedMessagePayload {
  orderId: string;
  carrier: string;
  trackingNumber: string;
}

/** Ordering accepts: a confirmed order left with this carrier. Any other order is left as it is. */
export class MarkOrderShippedMessage extends CommandMessage<MarkOrderShippedMessagePayload> {
  static readonly eventName = 'ordering.mark-order-shipped';
  static readonly eventVersion = 1;

  constructor(payload: MarkOrderShippedMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
