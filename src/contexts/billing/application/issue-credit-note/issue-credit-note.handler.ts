import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { INVOICE_NUMBERING, InvoiceNumbering } from '../../domain/invoice/invoice-numbering';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { IssueCreditNote } from './issue-credit-note.command';

@CommandHandler(IssueCreditNote)
export class IssueCreditNoteHandler implements ICommandHandler<IssueCreditNote, string> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(INVOICE_NUMBERING) private readonly numbering: InvoiceNumbering,
    private readonly clock: Clock,
  ) {}

  async execute({ request: { invoiceId, amount, reason } }: IssueCreditNote): Promise<string> {
    const invoice = await this.invoices.getById(invoiceId);
    const note = await Invoice.creditNoteFor(invoice, amount ?? invoice.creditableAmount, reason, this.numbering, this.clock.now());
    // The invoice's credited amount is versioned with it: two credits at once cannot both pass the limit.
    await this.invoices.save(invoice);
    await this.invoices.save(note);
    return note.id;
  }
}
