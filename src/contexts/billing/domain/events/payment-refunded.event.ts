import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentRefundedPayload {
  paymentId: string;
}

/** Something happened to a payment that other contexts may react to. */
export class PaymentRefunded extends DomainEvent<PaymentRefundedPayload> {
  static readonly eventName = 'billing.payment-refunded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentRefundedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
