import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentRefundedPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  /** This refund. */
  amount: { amount: number; currency: string };
  /** Every refund of the payment so far, this one included. */
  refundedTotal: { amount: number; currency: string };
  refundedAt: string;
}

/** Part or all of a captured payment went back to the customer. */
export class PaymentRefunded extends DomainEvent<PaymentRefundedPayload> {
  static readonly eventName = 'billing.payment-refunded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentRefundedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
