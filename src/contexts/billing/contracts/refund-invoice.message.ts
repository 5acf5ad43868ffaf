import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface RefundInvoiceMessagePayload {
  invoiceId: string;
  /** Why: the credit notes say it. */
  reason: string;
}

/**
 * Accepted by Billing: give back everything captured on this invoice. Ends in a billing.payment-refunded and a
 * billing.credit-note-issued per payment refunded; once per invoice (a repeat does nothing more); nothing captured:
 * nothing but a warning.
 * Its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class RefundInvoiceMessage extends CommandMessage<RefundInvoiceMessagePayload> {
  static readonly eventName = 'billing.refund-invoice';
  static readonly eventVersion = 1;

  constructor(payload: RefundInvoiceMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
