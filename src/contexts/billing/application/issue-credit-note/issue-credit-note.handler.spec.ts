import { ManualClock, Money } from '@promenade/ddd';
import { CreditNoteIssued } from '../../domain/events/credit-note-issued.event';
import { Invoice } from '../../domain/invoice/invoice.aggregate';
import { anIssuedInvoice } from '../testing/invoice-fixtures';
import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { IssueCreditNote } from './issue-credit-note.command';
import { IssueCreditNoteHandler } from './issue-credit-note.handler';

describe('IssueCreditNoteHandler', () => {
  const clock = new ManualClock('2026-02-01T09:00:00Z');
  let numbering: InMemoryInvoiceNumbering;
  let invoices: InMemoryInvoiceRepository;
  let handler: IssueCreditNoteHandler;

  beforeEach(() => {
    numbering = new InMemoryInvoiceNumbering();
    invoices = new InMemoryInvoiceRepository();
    handler = new IssueCreditNoteHandler(invoices, numbering, clock);
  });

  it('saves the credit note and the invoice counting it, and answers the note id', async () => {
    const invoice = await anIssuedInvoice(numbering, 2400);
    invoices.seed(invoice);

    const id = await handler.execute(new IssueCreditNote({ invoiceId: invoice.id, amount: Money.of(600, 'EUR'), reason: 'returned' }));

    const note = invoices.stored(id) as Invoice;
    expect(note).toMatchObject({ kind: 'credit_note', number: 'CN-2026-000001', creditedInvoiceId: invoice.id, issuedAt: clock.now() });
    expect(note.total.amount).toBe(600);
    expect(invoices.stored(invoice.id)?.amountCredited.amount).toBe(600);
    expect(invoices.published).toEqual([expect.any(CreditNoteIssued)]);
  });

  it('credits everything paid and not yet credited when no amount is given', async () => {
    const invoice = await anIssuedInvoice(numbering, 1000);
    invoices.seed(invoice);
    await handler.execute(new IssueCreditNote({ invoiceId: invoice.id, amount: Money.of(300, 'EUR'), reason: 'a' }));

    const id = await handler.execute(new IssueCreditNote({ invoiceId: invoice.id, reason: 'rest' }));

    expect(invoices.stored(id)?.total.amount).toBe(700);
    expect(invoices.stored(invoice.id)?.creditableAmount.amount).toBe(0);
  });

  it('refuses more than creditable with CREDIT_EXCEEDS_CREDITABLE, saving nothing', async () => {
    const invoice = await anIssuedInvoice(numbering, 1000);
    invoices.seed(invoice);
    await expect(
      handler.execute(new IssueCreditNote({ invoiceId: invoice.id, amount: Money.of(1001, 'EUR'), reason: 'x' })),
    ).rejects.toMatchObject({ code: 'CREDIT_EXCEEDS_CREDITABLE' });
    expect(invoices.all()).toHaveLength(1);
    expect(invoices.stored(invoice.id)?.amountCredited.amount).toBe(0);
  });

  it('refuses an unpaid invoice with INVOICE_AMOUNT_INVALID when no amount is given: nothing was paid to give back', async () => {
    const invoice = await anIssuedInvoice(numbering);
    invoices.seed(invoice);
    await expect(handler.execute(new IssueCreditNote({ invoiceId: invoice.id, reason: 'x' }))).rejects.toMatchObject({
      code: 'INVOICE_AMOUNT_INVALID',
    });
  });
});
