import { Currency, InMemoryUnavailableCurrencies, ManualClock, Money } from '@promenade/ddd';
import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { CUSTOMER, OTHER_CUSTOMER } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { InvoiceOrder, OrderToInvoice } from './invoice-order.command';
import { InvoiceOrderHandler } from './invoice-order.handler';

const ORDER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405170';
const order = (orderId = ORDER, extra: Partial<OrderToInvoice> = {}) =>
  new InvoiceOrder({
    orderId,
    customerId: CUSTOMER,
    currency: 'EUR',
    lines: [{ description: 'SKU-1', quantity: 2, unitPrice: { amount: 1250, currency: 'EUR' }, taxRate: 1900 }],
    ...extra,
  });

describe('InvoiceOrderHandler', () => {
  const clock = new ManualClock('2026-04-01T10:00:00Z');
  let invoices: InMemoryInvoiceRepository;
  let unavailable: InMemoryUnavailableCurrencies;
  let handler: InvoiceOrderHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    unavailable = new InMemoryUnavailableCurrencies();
    handler = new InvoiceOrderHandler(invoices, new InMemoryInvoiceNumbering(), unavailable, clock);
  });

  it('invoices the order and issues the invoice, with `order:<orderId>` as its source reference', async () => {
    const id = await handler.execute(order());
    const invoice = await invoices.getById(id);
    expect(invoice).toMatchObject({
      status: 'issued',
      number: 'INV-2026-000001',
      sourceReference: `order:${ORDER}`,
      customerId: CUSTOMER,
      dueDate: '2026-04-01',
    });
    expect(invoice.total.amount).toBe(2975); // 2500 + 475 tax
    expect(invoices.published).toEqual([expect.any(InvoiceIssued)]);
  });

  it('answers the same invoice for a repeated order, issuing nothing more', async () => {
    const first = await handler.execute(order());
    const second = await handler.execute(order());
    expect(second).toBe(first);
    expect(invoices.all()).toHaveLength(1);
    expect(invoices.published).toHaveLength(1);
  });

  it('answers the same invoice for a repeat that names the same total', async () => {
    const first = await handler.execute(order());
    expect(await handler.execute(order(ORDER, { total: { amount: 2975, currency: 'EUR' } }))).toBe(first);
  });

  it('refuses a repeat for another customer or another total with INVOICE_ORDER_MISMATCH, issuing nothing', async () => {
    await handler.execute(order());

    await expect(handler.execute(order(ORDER, { customerId: OTHER_CUSTOMER }))).rejects.toMatchObject({
      code: 'INVOICE_ORDER_MISMATCH',
      kind: 'conflict',
    });
    await expect(handler.execute(order(ORDER, { total: { amount: 2974, currency: 'EUR' } }))).rejects.toMatchObject({
      code: 'INVOICE_ORDER_MISMATCH',
    });
    expect(invoices.published).toHaveLength(1);
  });

  it('never answers an invoice a client gave the order id as its free-text source reference', async () => {
    const lines = [InvoiceLine.of('Anything', 1, Money.of(100, 'EUR'), 0)];
    const theirs = Invoice.create({ customerId: OTHER_CUSTOMER, currency: Currency.of('EUR'), lines, sourceReference: ORDER }, clock.now());
    await invoices.save(theirs);

    const id = await handler.execute(order());

    expect(id).not.toBe(theirs.id);
    expect(await invoices.getById(id)).toMatchObject({ customerId: CUSTOMER, sourceReference: `order:${ORDER}` });
  });

  it('invoices two orders apart', async () => {
    await handler.execute(order());
    const other = await handler.execute(order('0190a5b0-7c4e-7d2a-9b3c-1d2e3f405171'));
    expect((await invoices.getById(other)).number).toBe('INV-2026-000002');
  });

  it('refuses a currency Reference withdrew with INVOICE_CURRENCY_UNAVAILABLE', async () => {
    await unavailable.markUnavailable('EUR', 1);
    await expect(handler.execute(order())).rejects.toMatchObject({ code: 'INVOICE_CURRENCY_UNAVAILABLE' });
    expect(invoices.all()).toEqual([]);
  });

  it('refuses an order without lines with INVOICE_EMPTY', async () => {
    await expect(
      handler.execute(new InvoiceOrder({ orderId: ORDER, customerId: CUSTOMER, currency: 'EUR', lines: [] })),
    ).rejects.toMatchObject({
      code: 'INVOICE_EMPTY',
    });
  });
});
