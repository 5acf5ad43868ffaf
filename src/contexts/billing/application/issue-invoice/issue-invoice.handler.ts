import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { IssueInvoice } from './issue-invoice.command';

@CommandHandler(IssueInvoice)
export class IssueInvoiceHandler implements ICommandHandler<IssueInvoice, void> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ invoiceId }: IssueInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.issue();
    await this.invoices.save(invoice);
  }
}
