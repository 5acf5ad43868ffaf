import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentRefundedPayload {
  paymentId: string;
  refundedAt: string;
}

/** A payment was refunded. */
export class PaymentRefunded extends DomainEvent<PaymentRefundedPayload> {
  static readonly eventName = 'billing.payment-refunded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentRefundedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
