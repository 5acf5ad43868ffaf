import { DomainEvent, EventMetadata } from '@promenade/ddd';

export interface PaymentFailedContractPayload {
  paymentId: string;
  invoiceId: string;
  customerId: string;
  /** Minor units of `currency`. */
  amount: { amount: number; currency: string };
  /**
   * The provider's reason (`card_declined`), `charge_not_found` (the provider never received the charge), or the code of
   * Billing's refusal of a charge asked by message (`PAYMENT_METHOD_NOT_FOUND`, `PAYMENT_METHOD_UNUSABLE`, `INVOICE_NOT_PAYABLE`,
   * `INVOICE_PAYMENT_OPEN`).
   */
  reason: string;
  failedAt: string;
}

/**
 * A payment of an invoice was declined, refused by Billing, or its outcome never learnt; nothing was captured.
 * Published: its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class PaymentFailedContract extends DomainEvent<PaymentFailedContractPayload> {
  static readonly eventName = 'billing.payment-failed';
  static readonly eventVersion = 1;

  constructor(payload: PaymentFailedContractPayload, metadata?: Partial<EventMetadata>) {
    super(payload.paymentId, payload, metadata);
  }
}
