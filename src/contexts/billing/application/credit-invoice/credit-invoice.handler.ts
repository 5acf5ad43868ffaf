import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { CreditInvoice } from './credit-invoice.command';

@CommandHandler(CreditInvoice)
export class CreditInvoiceHandler implements ICommandHandler<CreditInvoice, void> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ invoiceId }: CreditInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.credit();
    await this.invoices.save(invoice);
  }
}
