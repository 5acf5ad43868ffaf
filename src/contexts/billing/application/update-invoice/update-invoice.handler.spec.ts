import { aDraftInvoice, anIssuedInvoice } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { UpdateInvoice } from './update-invoice.command';
import { UpdateInvoiceHandler } from './update-invoice.handler';

describe('UpdateInvoiceHandler', () => {
  let invoices: InMemoryInvoiceRepository;
  let handler: UpdateInvoiceHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    handler = new UpdateInvoiceHandler(invoices);
  });

  it('replaces the lines and sets the due date and notes of a draft', async () => {
    const invoice = aDraftInvoice();
    invoices.seed(invoice);
    await handler.execute(
      new UpdateInvoice(invoice.id, {
        lines: [{ description: 'Support', quantity: 1, unitPrice: { amount: 5000, currency: 'EUR' }, taxRate: 0 }],
        dueDate: '2026-02-28',
        notes: 'thanks',
      }),
    );
    const stored = await invoices.getById(invoice.id);
    expect(stored).toMatchObject({ dueDate: '2026-02-28', notes: 'thanks', version: 2 });
    expect(stored.total.amount).toBe(5000);
  });

  it('keeps what the change leaves out and clears what it sets to null', async () => {
    const invoice = aDraftInvoice();
    invoices.seed(invoice);
    await handler.execute(new UpdateInvoice(invoice.id, { dueDate: '2026-02-28', notes: 'n' }));
    await handler.execute(new UpdateInvoice(invoice.id, { notes: null }));
    const stored = await invoices.getById(invoice.id);
    expect(stored).toMatchObject({ dueDate: '2026-02-28', notes: null });
    expect(stored.total.amount).toBe(2400);
  });

  it('refuses an issued invoice with INVOICE_NOT_DRAFT', async () => {
    const invoice = await anIssuedInvoice(new InMemoryInvoiceNumbering());
    invoices.seed(invoice);
    await expect(handler.execute(new UpdateInvoice(invoice.id, { notes: 'x' }))).rejects.toMatchObject({ code: 'INVOICE_NOT_DRAFT' });
  });

  it('refuses a due date that is no day with INVOICE_DUE_DATE_INVALID', async () => {
    const invoice = aDraftInvoice();
    invoices.seed(invoice);
    await expect(handler.execute(new UpdateInvoice(invoice.id, { dueDate: '2026-04-31' }))).rejects.toMatchObject({
      code: 'INVOICE_DUE_DATE_INVALID',
    });
  });
});
