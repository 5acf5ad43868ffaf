import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface RecordOrderPaymentMessagePayload {
  orderId: string;
  paymentState: 'captured' | 'failed' | 'voided' | 'refunded';
  /** Shown in the order's timeline (a failure's reason, say); null: nothing to add. */
  detail: string | null;
}

/**
 * Ordering accepts: Billing's word on the order's payment. A pending payment becomes captured, failed or voided,
 * a failed one voided, a captured one refunded; a report contradicting what is recorded is left aside.
 */
export class RecordOrderPaymentMessage extends CommandMessage<RecordOrderPaymentMessagePayload> {
  static readonly eventName = 'ordering.record-order-payment';
  static readonly eventVersion = 1;

  constructor(payload: RecordOrderPaymentMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.orderId, payload, metadata);
  }
}
