import { eventHandlerOf } from '@promenade/messaging';
import { InvoiceOrderMessage, InvoiceOrderMessagePayload } from '../../contracts';
import { AcceptedMessagesFixture } from '../testing/accepted-messages-fixture';
import { ADA, BOB, eur } from '../testing/payment-fixture';
import { InvoiceOrderOnMessage } from './invoice-order.on-message';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
const message = (payload: Partial<InvoiceOrderMessagePayload> = {}) =>
  new InvoiceOrderMessage({
    orderId: ORDER,
    customerId: ADA,
    currency: 'EUR',
    lines: [
      { sku: 'SKU-1', quantity: 2, unitPrice: 1250 },
      { sku: 'SKU-2', quantity: 1, unitPrice: 499 },
    ],
    ...payload,
  });

describe('InvoiceOrderOnMessage', () => {
  let fixture: AcceptedMessagesFixture;
  let handler: InvoiceOrderOnMessage;

  beforeEach(() => {
    fixture = new AcceptedMessagesFixture();
    handler = new InvoiceOrderOnMessage(fixture.bus);
  });

  it('accepts billing.invoice-order under its stable id', () => {
    expect(eventHandlerOf(InvoiceOrderOnMessage)).toEqual({ id: 'billing.invoice-order-on-message', events: [InvoiceOrderMessage] });
  });

  it('issues one invoice for the order, `order:<orderId>` its source reference, a line per SKU without tax', async () => {
    await handler.handle(message());

    expect(fixture.events()).toEqual(['billing.invoice-issued']);
    const invoice = await fixture.invoices.findBySourceReference(`order:${ORDER}`);
    expect(invoice).toMatchObject({ status: 'issued', customerId: ADA, sourceReference: `order:${ORDER}` });
    expect(invoice?.lines.map((line) => [line.description, line.quantity, line.unitPrice.amount, line.taxRate])).toEqual([
      ['SKU-1', 2, 1250, 0],
      ['SKU-2', 1, 499, 0],
    ]);
    expect(invoice?.total.equals(eur(2999))).toBe(true);
  });

  it('does nothing more for a repeat of the same order', async () => {
    await handler.handle(message());
    fixture.events();
    await handler.handle(message());

    expect(fixture.events()).toEqual([]);
    expect((await fixture.invoices.findPage({}, 0, 10)).total).toBe(1);
  });

  it('throws for an order id invoiced before to another customer or total (INVOICE_ORDER_MISMATCH): a fault to look at', async () => {
    await handler.handle(message());
    await expect(handler.handle(message({ customerId: BOB }))).rejects.toMatchObject({ code: 'INVOICE_ORDER_MISMATCH' });
    await expect(handler.handle(message({ lines: [{ sku: 'SKU-1', quantity: 3, unitPrice: 1250 }] }))).rejects.toMatchObject({
      code: 'INVOICE_ORDER_MISMATCH',
    });
  });
});
