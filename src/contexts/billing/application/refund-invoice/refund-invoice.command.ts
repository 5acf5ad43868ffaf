import { Command } from '@nestjs/cqrs';

/** What refunding an invoice did: its captured payments, and the credit notes of the refunds made now (none: nothing was left). */
export interface RefundInvoiceResult {
  captured: number;
  creditNoteIds: string[];
}

/**
 * Gives back everything captured on an invoice and not refunded yet: each succeeded payment's remainder is refunded
 * (RefundPayment, a credit note each) under a key of the invoice and the payment. Once per invoice: a repeat finds
 * nothing left and does nothing.
 */
export class RefundInvoice extends Command<RefundInvoiceResult> {
  constructor(
    readonly invoiceId: string,
    /** Why, for the credit notes. */
    readonly reason: string,
  ) {
    super();
  }
}
