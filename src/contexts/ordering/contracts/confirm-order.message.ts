import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ConfirmOrderMessagePayload {
  orderId: string;
  /** Billing's payment that paid for the order. */
  paymentId: string;
}

/**
 * Ordering accepts: confirm a placed order, now paid for with its stock held. A placed order becomes confirmed;
 * any other (cancelled, already confirmed) is left as it is.
 */
export class ConfirmOrderMessage extends CommandMessage<ConfirmOrderMessagePayload> {
  static readonly eventName = 'ordering.confirm-order';
  static readonly eventVersion = 1;

  constructor(payload: ConfirmOrderMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
