import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentFailedPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  amount: { amount: number; currency: string };
  /** The provider's reason (`card_declined`), or `charge_not_found` when it answered that it never received the charge. */
  reason: string;
  failedAt: string;
}

/** A payment was declined, or its outcome could not be learnt; nothing was captured. */
export class PaymentFailed extends DomainEvent<PaymentFailedPayload> {
  static readonly eventName = 'billing.payment-failed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentFailedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
