import { Command } from '@nestjs/cqrs';
import { NewInvoiceLine } from '../create-invoice/create-invoice.command';

/** What a PATCH changes: an absent field stays; null clears the due date (due on issue) or the notes. */
export interface InvoiceUpdate {
  lines?: NewInvoiceLine[];
  dueDate?: string | null;
  notes?: string | null;
}

export class UpdateInvoice extends Command<void> {
  constructor(
    readonly invoiceId: string,
    readonly changes: InvoiceUpdate,
  ) {
    super();
  }
}
