import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { UpdateInvoice } from './update-invoice.command';

@CommandHandler(UpdateInvoice)
export class UpdateInvoiceHandler implements ICommandHandler<UpdateInvoice, void> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ invoiceId }: UpdateInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.update();
    await this.invoices.save(invoice);
  }
}
