import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentSucceededContractPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  /** Minor units of `currency`. */
  amount: { amount: number; currency: string };
  succeededAt: string;
}

/**
 * The provider captured a payment of an invoice.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentSucceededContract extends DomainEvent<PaymentSucceededContractPayload> {
  static readonly eventName = 'billing.payment-succeeded';
  static readonly eventVersion = 1;

  constructor(payload: PaymentSucceededContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
