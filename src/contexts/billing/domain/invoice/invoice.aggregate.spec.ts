import { Currency, Money } from '@promenade/ddd';
import { InMemoryInvoiceNumbering } from '../../application/testing/in-memory-invoice-numbering';
import { CreditNoteIssued } from '../events/credit-note-issued.event';
import { InvoiceIssued } from '../events/invoice-issued.event';
import { InvoicePaid } from '../events/invoice-paid.event';
import { InvoiceVoided } from '../events/invoice-voided.event';
import { Invoice } from './invoice.aggregate';
import { InvoiceLine } from './invoice-line';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CREATED = new Date('2026-01-10T08:00:00Z');
const ISSUED = new Date('2026-01-15T10:00:00Z');
const LATER = new Date('2026-01-20T12:00:00Z');
const eur = (minor: number) => Money.of(minor, 'EUR');
const line = (quantity = 2, price = 1000, taxRate = 2000) => InvoiceLine.of('Widget', quantity, eur(price), taxRate);

describe('Invoice', () => {
  let numbering: InMemoryInvoiceNumbering;

  beforeEach(() => {
    numbering = new InMemoryInvoiceNumbering();
  });

  const draft = (lines = [line()], extra: Partial<Parameters<typeof Invoice.create>[0]> = {}) =>
    Invoice.create({ customerId: CUSTOMER, currency: Currency.of('EUR'), lines, ...extra }, CREATED);

  async function issued(lines = [line()]): Promise<Invoice> {
    const invoice = draft(lines);
    await invoice.issue(numbering, ISSUED);
    invoice.pullEvents();
    return invoice;
  }

  async function paid(): Promise<Invoice> {
    const invoice = await issued();
    invoice.recordPayment(invoice.total, LATER);
    invoice.pullEvents();
    return invoice;
  }

  describe('a new draft', () => {
    it('has no number, nothing paid and raises nothing', () => {
      const invoice = draft();
      expect(invoice).toMatchObject({ kind: 'invoice', status: 'draft', number: null, issuedAt: null, customerId: CUSTOMER, isNew: true });
      expect(invoice.amountPaid.minor).toBe(0n);
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('totals its lines: net, tax rounded per line, gross', () => {
      const invoice = draft([line(2, 1000, 2000), InvoiceLine.of('Half cent', 1, eur(25), 1000)]);
      expect(invoice.subtotal.toJSON()).toEqual({ amount: 2025, currency: 'EUR' });
      expect(invoice.taxTotal.toJSON()).toEqual({ amount: 402, currency: 'EUR' }); // 400 + 2 (2.5 → 2)
      expect(invoice.total.toJSON()).toEqual({ amount: 2427, currency: 'EUR' });
    });

    it('refuses a line priced in another currency', () => {
      expect(() => draft([InvoiceLine.of('x', 1, Money.of(100, 'USD'), 0)])).toThrow(
        expect.objectContaining({ code: 'INVOICE_LINE_CURRENCY_MISMATCH' }),
      );
    });

    it('owes nothing while a draft', () => {
      expect(draft().openAmount.minor).toBe(0n);
    });
  });

  describe('update', () => {
    it('replaces lines, due date and notes of a draft; a field left out stays', () => {
      const invoice = draft([line()], { dueDate: '2026-02-01', notes: 'old' });
      invoice.update({ lines: [line(5, 100, 0)] });
      expect(invoice.total.minor).toBe(500n);
      expect(invoice).toMatchObject({ dueDate: '2026-02-01', notes: 'old' });
      invoice.update({ dueDate: null, notes: null });
      expect(invoice).toMatchObject({ dueDate: null, notes: null });
      expect(invoice.lines).toHaveLength(1);
    });

    it('refuses any change once issued with INVOICE_NOT_DRAFT', async () => {
      const invoice = await issued();
      expect(() => invoice.update({ notes: 'late' })).toThrow(expect.objectContaining({ code: 'INVOICE_NOT_DRAFT', kind: 'conflict' }));
    });

    it('refuses new lines in another currency', () => {
      expect(() => draft().update({ lines: [InvoiceLine.of('x', 1, Money.of(1, 'USD'), 0)] })).toThrow(
        expect.objectContaining({ code: 'INVOICE_LINE_CURRENCY_MISMATCH' }),
      );
    });
  });

  describe('issue', () => {
    it('gives the draft the next number of its series and year, and raises InvoiceIssued with its totals', async () => {
      const invoice = draft([line()], { sourceReference: 'order:1' });
      await invoice.issue(numbering, ISSUED);
      expect(invoice).toMatchObject({ status: 'issued', number: 'INV-2026-000001', issuedAt: ISSUED });
      const [event] = invoice.pullEvents();
      expect(event).toBeInstanceOf(InvoiceIssued);
      expect((event as InvoiceIssued).payload).toEqual({
        invoiceId: invoice.id,
        number: 'INV-2026-000001',
        customerId: CUSTOMER,
        currency: 'EUR',
        subtotal: { amount: 2000, currency: 'EUR' },
        taxTotal: { amount: 400, currency: 'EUR' },
        total: { amount: 2400, currency: 'EUR' },
        dueDate: '2026-01-15',
        sourceReference: 'order:1',
        issuedAt: ISSUED.toISOString(),
      });
    });

    it('pays an invoice whose total is zero at its issue (InvoicePaid): no payment could ever fill it', async () => {
      const invoice = draft([line(1, 0)]);
      await invoice.issue(numbering, ISSUED);

      expect(invoice).toMatchObject({ status: 'paid', paidAt: ISSUED, number: 'INV-2026-000001' });
      expect(invoice.openAmount.minor).toBe(0n);
      const events = invoice.pullEvents();
      expect(events.map((event) => event.constructor)).toEqual([InvoiceIssued, InvoicePaid]);
      expect((events[1] as InvoicePaid).payload).toMatchObject({
        total: { amount: 0, currency: 'EUR' },
        amountPaid: { amount: 0, currency: 'EUR' },
      });
    });

    it('makes a draft without due date due on the issue day (UTC), and keeps one that has it', async () => {
      const onReceipt = draft();
      await onReceipt.issue(numbering, ISSUED);
      expect(onReceipt.dueDate).toBe('2026-01-15');
      const dated = draft([line()], { dueDate: '2026-02-14' });
      await dated.issue(numbering, ISSUED);
      expect(dated.dueDate).toBe('2026-02-14');
    });

    it('numbers by the UTC year of the issue time', async () => {
      const invoice = draft();
      await invoice.issue(numbering, new Date('2027-01-01T00:30:00+02:00')); // still 2026 in UTC
      expect(invoice.number).toBe('INV-2026-000001');
    });

    it('refuses an invoice without lines with INVOICE_EMPTY, taking no number', async () => {
      const next = jest.spyOn(numbering, 'next');
      await expect(draft([]).issue(numbering, ISSUED)).rejects.toMatchObject({ code: 'INVOICE_EMPTY', kind: 'conflict' });
      expect(next).not.toHaveBeenCalled();
    });

    it('refuses to issue twice with INVOICE_NOT_DRAFT, taking no number', async () => {
      const invoice = await issued();
      const next = jest.spyOn(numbering, 'next');
      await expect(invoice.issue(numbering, LATER)).rejects.toMatchObject({ code: 'INVOICE_NOT_DRAFT' });
      expect(next).not.toHaveBeenCalled();
      expect(invoice.number).toBe('INV-2026-000001');
    });
  });

  describe('recordPayment', () => {
    it('owes the total once issued', async () => {
      expect((await issued()).openAmount.minor).toBe(2400n);
    });

    it('makes a partial payment partially_paid and raises nothing', async () => {
      const invoice = await issued();
      invoice.recordPayment(eur(1000), LATER);
      expect(invoice).toMatchObject({ status: 'partially_paid', paidAt: null });
      expect(invoice.amountPaid.minor).toBe(1000n);
      expect(invoice.openAmount.minor).toBe(1400n);
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('makes the payment that fills it paid, raising InvoicePaid', async () => {
      const invoice = await issued();
      invoice.recordPayment(eur(1000), LATER);
      invoice.recordPayment(eur(1400), LATER);
      expect(invoice).toMatchObject({ status: 'paid', paidAt: LATER });
      expect(invoice.openAmount.minor).toBe(0n);
      const [event] = invoice.pullEvents();
      expect(event).toBeInstanceOf(InvoicePaid);
      expect((event as InvoicePaid).payload).toEqual({
        invoiceId: invoice.id,
        number: 'INV-2026-000001',
        customerId: CUSTOMER,
        currency: 'EUR',
        total: { amount: 2400, currency: 'EUR' },
        amountPaid: { amount: 2400, currency: 'EUR' },
        paidAt: LATER.toISOString(),
      });
    });

    it('refuses more than the open amount with PAYMENT_EXCEEDS_BALANCE, changing nothing', async () => {
      const invoice = await issued();
      invoice.recordPayment(eur(2000), LATER);
      expect(() => invoice.recordPayment(eur(401), LATER)).toThrow(
        expect.objectContaining({ code: 'PAYMENT_EXCEEDS_BALANCE', kind: 'invalid' }),
      );
      expect(invoice.amountPaid.minor).toBe(2000n);
      expect(invoice.status).toBe('partially_paid');
    });

    it.each([
      ['zero', eur(0)],
      ['a negative amount', eur(-1)],
      ['another currency', Money.of(100, 'USD')],
    ])('refuses %s with INVOICE_AMOUNT_INVALID', async (_case, amount) => {
      const invoice = await issued();
      expect(() => invoice.recordPayment(amount, LATER)).toThrow(expect.objectContaining({ code: 'INVOICE_AMOUNT_INVALID' }));
    });

    it('refuses payments on a draft, a paid, a void invoice and a credit note with INVOICE_NOT_PAYABLE', async () => {
      const voided = await issued();
      voided.void(LATER);
      const original = await paid();
      const note = await Invoice.creditNoteFor(original, eur(100), 'refund', numbering, LATER);
      for (const invoice of [draft(), await paid(), voided, note]) {
        expect(() => invoice.recordPayment(eur(1), LATER)).toThrow(
          expect.objectContaining({ code: 'INVOICE_NOT_PAYABLE', kind: 'conflict' }),
        );
      }
    });
  });

  describe('void', () => {
    it('voids an issued invoice nothing was paid on, raising InvoiceVoided', async () => {
      const invoice = await issued();
      invoice.void(LATER);
      expect(invoice).toMatchObject({ status: 'void', voidedAt: LATER });
      expect(invoice.openAmount.minor).toBe(0n);
      const [event] = invoice.pullEvents();
      expect(event).toBeInstanceOf(InvoiceVoided);
      expect((event as InvoiceVoided).payload).toEqual({
        invoiceId: invoice.id,
        number: 'INV-2026-000001',
        customerId: CUSTOMER,
        currency: 'EUR',
        total: { amount: 2400, currency: 'EUR' },
        voidedAt: LATER.toISOString(),
      });
    });

    it('refuses a draft, a partially paid, a paid and a void invoice with INVOICE_NOT_VOIDABLE', async () => {
      const partially = await issued();
      partially.recordPayment(eur(1), LATER);
      const voided = await issued();
      voided.void(LATER);
      for (const invoice of [draft(), partially, await paid(), voided]) {
        expect(() => invoice.void(LATER)).toThrow(
          expect.objectContaining({ code: 'INVOICE_NOT_VOIDABLE', kind: 'conflict', status: invoice.status }),
        );
      }
    });

    it('refuses to void a credit note', async () => {
      const note = await Invoice.creditNoteFor(await paid(), eur(100), 'refund', numbering, LATER);
      expect(() => note.void(LATER)).toThrow(expect.objectContaining({ code: 'INVOICE_NOT_VOIDABLE' }));
    });
  });

  describe('creditNoteFor', () => {
    it('issues a credit note at once with a CN number, linked to the invoice, and counts it on the invoice', async () => {
      const invoice = await paid();
      const note = await Invoice.creditNoteFor(invoice, eur(500), '  Goods returned ', numbering, LATER);
      expect(note).toMatchObject({
        kind: 'credit_note',
        status: 'issued',
        number: 'CN-2026-000001',
        creditedInvoiceId: invoice.id,
        customerId: CUSTOMER,
        notes: 'Goods returned',
        issuedAt: LATER,
        dueDate: '2026-01-20',
        sourceReference: null,
        isNew: true,
      });
      expect(note.id).not.toBe(invoice.id);
      expect(note.lines.map((l) => [l.description, l.quantity, l.unitPrice.amount, l.taxRate])).toEqual([
        ['Credit for invoice INV-2026-000001', 1, 500, 0],
      ]);
      expect(note.total.minor).toBe(500n); // stored positive: the kind says it goes back
      expect(invoice.amountCredited.minor).toBe(500n);
      expect(invoice.creditableAmount.minor).toBe(1900n);
      expect(invoice.status).toBe('paid');
      const [event] = note.pullEvents();
      expect(event).toBeInstanceOf(CreditNoteIssued);
      expect((event as CreditNoteIssued).payload).toEqual({
        creditNoteId: note.id,
        number: 'CN-2026-000001',
        invoiceId: invoice.id,
        invoiceNumber: 'INV-2026-000001',
        customerId: CUSTOMER,
        currency: 'EUR',
        total: { amount: 500, currency: 'EUR' },
        reason: 'Goods returned',
        issuedAt: LATER.toISOString(),
      });
      expect(invoice.pullEvents()).toEqual([]);
    });

    it('counts credit notes in their own series, apart from invoices', async () => {
      const invoice = await paid();
      await Invoice.creditNoteFor(invoice, eur(100), 'a', numbering, LATER);
      const second = await Invoice.creditNoteFor(invoice, eur(100), 'b', numbering, LATER);
      expect(second.number).toBe('CN-2026-000002');
    });

    it('credits a partially paid invoice up to what was paid', async () => {
      const invoice = await issued();
      invoice.recordPayment(eur(700), LATER);
      await Invoice.creditNoteFor(invoice, eur(700), 'refund', numbering, LATER);
      expect(invoice.creditableAmount.minor).toBe(0n);
    });

    it('refuses more than paid minus already credited with CREDIT_EXCEEDS_CREDITABLE, taking no number', async () => {
      const invoice = await paid();
      await Invoice.creditNoteFor(invoice, eur(2000), 'first', numbering, LATER);
      const next = jest.spyOn(numbering, 'next');
      await expect(Invoice.creditNoteFor(invoice, eur(401), 'second', numbering, LATER)).rejects.toMatchObject({
        code: 'CREDIT_EXCEEDS_CREDITABLE',
        kind: 'invalid',
      });
      expect(next).not.toHaveBeenCalled();
      expect(invoice.amountCredited.minor).toBe(2000n);
    });

    it('refuses to credit an issued invoice nothing was paid on (void it instead)', async () => {
      await expect(Invoice.creditNoteFor(await issued(), eur(1), 'x', numbering, LATER)).rejects.toMatchObject({
        code: 'CREDIT_EXCEEDS_CREDITABLE',
      });
    });

    it('refuses to credit a draft, a void invoice or a credit note with INVOICE_NOT_CREDITABLE', async () => {
      const voided = await issued();
      voided.void(LATER);
      const note = await Invoice.creditNoteFor(await paid(), eur(100), 'refund', numbering, LATER);
      for (const invoice of [draft(), voided, note]) {
        await expect(Invoice.creditNoteFor(invoice, eur(1), 'x', numbering, LATER)).rejects.toMatchObject({
          code: 'INVOICE_NOT_CREDITABLE',
        });
      }
    });

    it('refuses an empty reason with CREDIT_REASON_REQUIRED', async () => {
      await expect(Invoice.creditNoteFor(await paid(), eur(1), '  ', numbering, LATER)).rejects.toMatchObject({
        code: 'CREDIT_REASON_REQUIRED',
      });
    });

    it.each([
      ['zero', eur(0)],
      ['another currency', Money.of(100, 'USD')],
    ])('refuses a credit of %s with INVOICE_AMOUNT_INVALID', async (_case, amount) => {
      await expect(Invoice.creditNoteFor(await paid(), amount, 'x', numbering, LATER)).rejects.toMatchObject({
        code: 'INVOICE_AMOUNT_INVALID',
      });
    });
  });

  it('is restored from its snapshot as stored, raising nothing', async () => {
    const invoice = await paid();
    const restored = Invoice.restore(invoice.snapshot());
    expect(restored.snapshot()).toEqual(invoice.snapshot());
    expect(restored.pullEvents()).toEqual([]);
  });
});
