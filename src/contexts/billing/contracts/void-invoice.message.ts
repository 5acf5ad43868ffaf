import { CommandMessage, EventMetadata } from '@promenade/ddd';

export interface VoidInvoiceMessagePayload {
  invoiceId: string;
  reason: string;
}

/**
 * Accepted by Billing: void this invoice. Ends in billing.invoice-voided; one already void: nothing; one paid (even in
 * part): nothing but a warning, the sender refunds it instead (billing.refund-invoice).
 * Its JSON shape is committed per version in schemas/; a change of shape is a new eventVersion.
 */
export class VoidInvoiceMessage extends CommandMessage<VoidInvoiceMessagePayload> {
  static readonly eventName = 'billing.void-invoice';
  static readonly eventVersion = 1;

  constructor(payload: VoidInvoiceMessagePayload, metadata?: Partial<EventMetadata>) {
    super(payload.invoiceId, payload, metadata);
  }
}
