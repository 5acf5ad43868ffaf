import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { INVOICE_NUMBERING, InvoiceNumbering } from '../../domain/invoice/invoice-numbering';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { draftInvoice } from '../create-invoice/draft-invoice';
import { InvoiceOrder } from './invoice-order.command';

@CommandHandler(InvoiceOrder)
export class InvoiceOrderHandler implements ICommandHandler<InvoiceOrder, string> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(INVOICE_NUMBERING) private readonly numbering: InvoiceNumbering,
    @Inject(UNAVAILABLE_CURRENCIES) private readonly unavailableCurrencies: UnavailableCurrencies,
    private readonly clock: Clock,
  ) {}

  async execute({ order: { orderId, customerId, currency, lines } }: InvoiceOrder): Promise<string> {
    // The order id is the invoice's source reference: a redelivered request finds the invoice made the first time.
    const existing = await this.invoices.findBySourceReference(orderId);
    if (existing) return existing.id;
    const now = this.clock.now();
    const invoice = await draftInvoice(
      { customerId, currency, lines, sourceReference: orderId },
      this.invoices,
      this.unavailableCurrencies,
      now,
    );
    await invoice.issue(this.numbering, now);
    await this.invoices.save(invoice);
    return invoice.id;
  }
}
