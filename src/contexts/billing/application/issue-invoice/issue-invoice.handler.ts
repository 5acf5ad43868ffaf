import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { INVOICE_NUMBERING, InvoiceNumbering } from '../../domain/invoice/invoice-numbering';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { IssueInvoice } from './issue-invoice.command';

@CommandHandler(IssueInvoice)
export class IssueInvoiceHandler implements ICommandHandler<IssueInvoice, string> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(INVOICE_NUMBERING) private readonly numbering: InvoiceNumbering,
    private readonly clock: Clock,
  ) {}

  async execute({ invoiceId }: IssueInvoice): Promise<string> {
    const invoice = await this.invoices.getById(invoiceId);
    // The number is taken in this command's transaction: if the save below fails, it is given back.
    await invoice.issue(this.numbering, this.clock.now());
    await this.invoices.save(invoice);
    return invoice.number as string;
  }
}
