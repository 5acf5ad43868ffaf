import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money, UNAVAILABLE_CURRENCIES, UnavailableCurrencies } from '@promenade/ddd';
import { INVOICE_NUMBERING, InvoiceNumbering } from '../../domain/invoice/invoice-numbering';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceOrderMismatch } from '../../domain/invoice/invoice.errors';
import { INVOICE_REPOSITORY, InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { orderReference } from '../../domain/invoice/source-reference';
import { draftInvoice } from '../create-invoice/draft-invoice';
import { InvoiceOrder, OrderToInvoice } from './invoice-order.command';

@CommandHandler(InvoiceOrder)
export class InvoiceOrderHandler implements ICommandHandler<InvoiceOrder, string> {
  constructor(
    @Inject(INVOICE_REPOSITORY) private readonly invoices: InvoiceRepository,
    @Inject(INVOICE_NUMBERING) private readonly numbering: InvoiceNumbering,
    @Inject(UNAVAILABLE_CURRENCIES) private readonly unavailableCurrencies: UnavailableCurrencies,
    private readonly clock: Clock,
  ) {}

  async execute({ order }: InvoiceOrder): Promise<string> {
    const { orderId, customerId, currency, lines } = order;
    // A redelivered request finds the invoice made the first time; the namespace keeps a client's reference out.
    const sourceReference = orderReference(orderId);
    const existing = await this.invoices.findBySourceReference(sourceReference);
    if (existing) return this.sameOrder(existing, order).id;
    const now = this.clock.now();
    const invoice = await draftInvoice({ customerId, currency, lines, sourceReference }, this.invoices, this.unavailableCurrencies, now);
    await invoice.issue(this.numbering, now);
    await this.invoices.save(invoice);
    return invoice.id;
  }

  /** The invoice made before for this order, if it bills what the order says now. */
  private sameOrder(invoice: Invoice, { orderId, customerId, total }: OrderToInvoice): Invoice {
    if (invoice.customerId !== customerId) throw new InvoiceOrderMismatch(orderId, invoice.id, 'customer');
    if (total && !invoice.total.equals(Money.of(total.amount, total.currency)))
      throw new InvoiceOrderMismatch(orderId, invoice.id, 'total');
    return invoice;
  }
}
