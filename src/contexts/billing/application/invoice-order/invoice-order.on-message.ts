import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { InvoiceOrderMessage } from '../../contracts';
import { InvoiceOrder } from './invoice-order.command';

/**
 * Invoices an order asked by message: one issued invoice per order. A repeat finds the first (InvoiceOrder checks it
 * bills the same customer and total, else INVOICE_ORDER_MISMATCH: a reused order id is a fault to look at, dead-lettered).
 */
@EventHandler('billing.invoice-order-on-message', InvoiceOrderMessage)
export class InvoiceOrderOnMessage implements IEventHandler<InvoiceOrderMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle({ payload: { orderId, customerId, currency, lines } }: InvoiceOrderMessage): Promise<void> {
    // Orders are priced without tax: the invoice bills what the order totals.
    const invoiceLines = lines.map(({ sku, quantity, unitPrice }) => ({
      description: sku,
      quantity,
      unitPrice: { amount: unitPrice, currency },
      taxRate: 0,
    }));
    const total = { amount: lines.reduce((sum, { quantity, unitPrice }) => sum + quantity * unitPrice, 0), currency };
    await this.commands.execute(new InvoiceOrder({ orderId, customerId, currency, lines: invoiceLines, total }));
  }
}
