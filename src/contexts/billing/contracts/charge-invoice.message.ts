import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface ChargeInvoiceMessagePayload {
  invoiceId: string;
  /** One of the invoice customer's payment methods. */
  paymentMethodId: string;
  /** Unique per intended charge, stable across retries (the fulfillment saga: `order:<orderId>:charge`). */
  idempotencyKey: string;
}

/**
 * Accepted by Billing: charge the invoice's open amount. Ends in exactly one billing.payment-succeeded or
 * billing.payment-failed for it: a decline fails with the provider's reason; 3-D Secure waits for the provider's
 * webhook, an unanswered charge for its reconciliation; a refusal (method unknown, not the customer's or unusable,
 * invoice not payable) fails with the refusal's code as reason. A repeat with the same idempotencyKey does nothing more.
 * Its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class ChargeInvoiceMessage extends CommandMessage<ChargeInvoiceMessagePayload> {
  static readonly eventName = 'billing.charge-invoice';
  static readonly eventVersion = 1;

  constructor(payload: ChargeInvoiceMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
