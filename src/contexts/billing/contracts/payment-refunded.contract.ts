import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentRefundedContractPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  /** This refund, in minor units of `currency`. */
  amount: { amount: number; currency: string };
  /** Every refund of the payment so far, this one included. */
  refundedTotal: { amount: number; currency: string };
  refundedAt: string;
}

/**
 * Part or all of a captured payment went back to the customer (a credit note documents it).
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentRefundedContract extends DomainEvent<PaymentRefundedContractPayload> {
  static readonly eventName = 'billing.payment-refunded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentRefundedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
