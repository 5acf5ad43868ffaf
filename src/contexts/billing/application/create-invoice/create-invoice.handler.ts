import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { CreateInvoice } from './create-invoice.command';

@CommandHandler(CreateInvoice)
export class CreateInvoiceHandler implements ICommandHandler<CreateInvoice, string> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute(_command: CreateInvoice): Promise<string> {
    const invoice = Invoice.create();
    await this.invoices.save(invoice);
    return invoice.id;
  }
}
