import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentFailedContractPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  /** Minor units of `currency`. */
  amount: { amount: number; currency: string };
  /** The provider's reason (`card_declined`), or `charge_not_found` (the provider never received the charge). */
  reason: string;
  failedAt: string;
}

/**
 * A payment of an invoice was declined, or its outcome never learnt; nothing was captured.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentFailedContract extends DomainEvent<PaymentFailedContractPayload> {
  static readonly eventName = 'billing.payment-failed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
