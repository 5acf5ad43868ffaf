import { ManualClock } from '@promenade/ddd';
import { InvoiceIssued } from '../../domain/events/invoice-issued.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { aDraftInvoice } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { IssueInvoice } from './issue-invoice.command';
import { IssueInvoiceHandler } from './issue-invoice.handler';

describe('IssueInvoiceHandler', () => {
  const clock = new ManualClock('2026-03-01T12:00:00Z');
  let invoices: InMemoryInvoiceRepository;
  let handler: IssueInvoiceHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    handler = new IssueInvoiceHandler(invoices, new InMemoryInvoiceNumbering(), clock);
  });

  it('issues the draft at the clock time with the next number, answers it and saves InvoiceIssued', async () => {
    const first = aDraftInvoice();
    const second = aDraftInvoice();
    invoices.seed(first, second);

    expect(await handler.execute(new IssueInvoice(first.id))).toBe('INV-2026-000001');
    expect(await handler.execute(new IssueInvoice(second.id))).toBe('INV-2026-000002');

    const stored = invoices.stored(first.id) as Invoice;
    expect(stored).toMatchObject({ status: 'issued', number: 'INV-2026-000001', issuedAt: clock.now(), version: 2 });
    expect(invoices.published.map((e) => e.constructor)).toEqual([InvoiceIssued, InvoiceIssued]);
  });

  it('refuses an unknown id with INVOICE_NOT_FOUND', async () => {
    await expect(handler.execute(new IssueInvoice('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'INVOICE_NOT_FOUND',
    });
  });

  it('refuses an issued invoice with INVOICE_NOT_DRAFT, saving nothing', async () => {
    const invoice = aDraftInvoice();
    invoices.seed(invoice);
    await handler.execute(new IssueInvoice(invoice.id));
    await expect(handler.execute(new IssueInvoice(invoice.id))).rejects.toMatchObject({ code: 'INVOICE_NOT_DRAFT' });
    expect(invoices.stored(invoice.id)?.version).toBe(2);
  });
});
