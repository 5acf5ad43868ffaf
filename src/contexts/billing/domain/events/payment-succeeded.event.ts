import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentSucceededPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  amount: { amount: number; currency: string };
  succeededAt: string;
}

/** The provider captured a payment; the invoice recorded it in the same transaction. */
export class PaymentSucceeded extends DomainEvent<PaymentSucceededPayload> {
  static readonly eventName = 'billing.payment-succeeded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentSucceededPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
