import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { dueDateOf } from '../../domain/invoice/due-date';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { toInvoiceLine } from '../create-invoice/invoice-line.factory';
import { UpdateInvoice } from './update-invoice.command';

@CommandHandler(UpdateInvoice)
export class UpdateInvoiceHandler implements ICommandHandler<UpdateInvoice, void> {
  constructor(@Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository) {}

  async execute({ invoiceId, changes: { lines, dueDate, notes } }: UpdateInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.update({
      lines: lines?.map(toInvoiceLine),
      dueDate: typeof dueDate === 'string' ? dueDateOf(dueDate) : dueDate,
      notes,
    });
    await this.invoices.save(invoice);
  }
}
