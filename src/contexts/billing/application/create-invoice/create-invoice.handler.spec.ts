import { InMemoryUnavailableCurrencies, ManualClock } from '@promenade/ddd';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { CreateInvoice, NewInvoiceLine } from './create-invoice.command';
import { CreateInvoiceHandler } from './create-invoice.handler';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const line = (amount = 1000, currency = 'EUR', taxRate = 2000): NewInvoiceLine => ({
  description: 'Consulting',
  quantity: 2,
  unitPrice: { amount, currency },
  taxRate,
});

describe('CreateInvoiceHandler', () => {
  let invoices: InMemoryInvoiceRepository;
  let unavailable: InMemoryUnavailableCurrencies;
  let handler: CreateInvoiceHandler;
  const clock = new ManualClock('2026-01-10T08:00:00Z');

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    unavailable = new InMemoryUnavailableCurrencies();
    handler = new CreateInvoiceHandler(invoices, unavailable, clock);
  });

  it('opens a draft with its lines, due date, notes and source reference, at the clock time, raising nothing', async () => {
    const id = await handler.execute(
      new CreateInvoice({
        customerId: CUSTOMER,
        currency: 'EUR',
        lines: [line()],
        dueDate: '2026-02-01',
        notes: 'n',
        sourceReference: 'order:1',
      }),
    );
    const invoice = await invoices.getById(id);
    expect(invoice).toMatchObject({
      status: 'draft',
      customerId: CUSTOMER,
      dueDate: '2026-02-01',
      notes: 'n',
      sourceReference: 'order:1',
      version: 1,
    });
    expect(invoice.createdAt).toEqual(clock.now());
    expect(invoice.total.toJSON()).toEqual({ amount: 2400, currency: 'EUR' });
    expect(invoices.published).toEqual([]);
  });

  it('refuses a currency Reference withdrew with INVOICE_CURRENCY_UNAVAILABLE, storing nothing', async () => {
    await unavailable.markUnavailable('EUR', 1);
    await expect(handler.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines: [] }))).rejects.toMatchObject({
      code: 'INVOICE_CURRENCY_UNAVAILABLE',
    });
    expect(invoices.all()).toEqual([]);
  });

  it('accepts the currency again once Reference made it available', async () => {
    await unavailable.markUnavailable('EUR', 1);
    await unavailable.markAvailable('EUR', 2);
    await expect(handler.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines: [] }))).resolves.toEqual(
      expect.any(String),
    );
  });

  it('refuses a second invoice for one source reference with INVOICE_SOURCE_REFERENCE_TAKEN', async () => {
    await handler.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines: [], sourceReference: 'order:1' }));
    await expect(
      handler.execute(new CreateInvoice({ customerId: CUSTOMER, currency: 'EUR', lines: [], sourceReference: 'order:1' })),
    ).rejects.toMatchObject({ code: 'INVOICE_SOURCE_REFERENCE_TAKEN', kind: 'conflict' });
    expect(invoices.all()).toHaveLength(1);
  });

  it.each([
    ['an unknown currency', { currency: 'XXQ', lines: [] }, 'CURRENCY_INVALID'],
    ['a line in another currency', { currency: 'EUR', lines: [line(100, 'USD')] }, 'INVOICE_LINE_CURRENCY_MISMATCH'],
    ['a tax rate above 100 %', { currency: 'EUR', lines: [line(100, 'EUR', 10_001)] }, 'INVOICE_LINE_INVALID'],
    ['a due date that is no day', { currency: 'EUR', lines: [], dueDate: '2026-02-30' }, 'INVOICE_DUE_DATE_INVALID'],
  ])('refuses %s with %s', async (_case, request, code) => {
    await expect(handler.execute(new CreateInvoice({ customerId: CUSTOMER, ...request }))).rejects.toMatchObject({ code });
    expect(invoices.all()).toEqual([]);
  });
});
