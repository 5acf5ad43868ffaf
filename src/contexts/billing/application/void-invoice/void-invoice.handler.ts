import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { VoidInvoice } from './void-invoice.command';

@CommandHandler(VoidInvoice)
export class VoidInvoiceHandler implements ICommandHandler<VoidInvoice, void> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ invoiceId }: VoidInvoice): Promise<void> {
    const invoice = await this.invoices.getById(invoiceId);
    invoice.void(this.clock.now());
    await this.invoices.save(invoice);
  }
}
