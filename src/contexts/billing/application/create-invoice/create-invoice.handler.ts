import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { CreateInvoice } from './create-invoice.command';
import { draftInvoice } from './draft-invoice';

@CommandHandler(CreateInvoice)
export class CreateInvoiceHandler implements ICommandHandler<CreateInvoice, string> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(UNAVAILABLE_CURRENCIES) private readonly unavailableCurrencies: UnavailableCurrencies,
    private readonly clock: Clock,
  ) {}

  async execute({ invoice: request }: CreateInvoice): Promise<string> {
    const invoice = await draftInvoice(request, this.invoices, this.unavailableCurrencies, this.clock.now());
    await this.invoices.save(invoice);
    return invoice.id;
  }
}
