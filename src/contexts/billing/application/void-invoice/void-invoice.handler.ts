import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { VoidInvoice } from './void-invoice.command';

@CommandHandler(VoidInvoice)
export class VoidInvoiceHandler implements ICommandHandler<VoidInvoice, void> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ invoiceId }: VoidInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.void();
    await this.invoices.save(invoice);
  }
}
