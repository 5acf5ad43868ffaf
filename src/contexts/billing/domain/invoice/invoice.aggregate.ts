import { AggregateRoot, Currency, Money, newId } from '@promenade/ddd';
import { CreditNoteIssued } from '../events/credit-note-issued.event';
import { InvoiceIssued } from '../events/invoice-issued.event';
import { InvoicePaid } from '../events/invoice-paid.event';
import { InvoiceVoided } from '../events/invoice-voided.event';
import { dayOf } from './due-date';
import { InvoiceLine } from './invoice-line';
import { InvoiceNumbering } from './invoice-numbering';
import { InvoiceKind, InvoiceStatus } from './invoice-status';
import { sumLines } from './invoice-totals';
import {
  CreditExceedsCreditable,
  CreditReasonRequired,
  InvoiceAmountInvalid,
  InvoiceEmpty,
  InvoiceLineCurrencyMismatch,
  InvoiceNotCreditable,
  InvoiceNotDraft,
  InvoiceNotPayable,
  InvoiceNotVoidable,
  PaymentExceedsBalance,
} from './invoice.errors';

export interface InvoiceState {
  id: string;
  version: number;
  kind: InvoiceKind;
  /** An Identity user id. */
  customerId: string;
  currency: Currency;
  /** A credit note's lines are stored positive: its kind says the amounts go back to the customer. */
  lines: InvoiceLine[];
  status: InvoiceStatus;
  /** Given when issued (INV-2026-000001, CN-2026-000001), never before: drafts have none. */
  number: string | null;
  issuedAt: Date | null;
  /** A calendar day; null on a draft means due on receipt (the issue day). */
  dueDate: string | null;
  /** Free text; on a credit note, the reason it was issued. */
  notes: string | null;
  /** What the invoice bills (an order id, a subscription period); unique among invoices when set. */
  sourceReference: string | null;
  /** The invoice a credit note gives back part of. */
  creditedInvoiceId: string | null;
  amountPaid: Money;
  /** What credit notes gave back of this invoice so far. */
  amountCredited: Money;
  paidAt: Date | null;
  voidedAt: Date | null;
  createdAt: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt: Date;
}

export interface NewInvoice {
  customerId: string;
  currency: Currency;
  lines: InvoiceLine[];
  dueDate?: string | null;
  notes?: string | null;
  sourceReference?: string | null;
}

export interface InvoiceChanges {
  lines?: InvoiceLine[];
  dueDate?: string | null;
  notes?: string | null;
}

/**
 * A bill to a customer, or a credit note giving part of one back. A draft's lines, due date and notes may
 * change; issuing gives it its number; payments fill it up to its total, never beyond; an issued invoice
 * nothing was paid on may be voided; what was paid may be given back by credit notes, never edited away.
 */
export class Invoice extends AggregateRoot<InvoiceState> {
  private constructor(state: InvoiceState) {
    super(state);
  }

  static create({ customerId, currency, lines, dueDate = null, notes = null, sourceReference = null }: NewInvoice, now: Date): Invoice {
    const invoice = new Invoice({
      id: newId(),
      version: 0,
      kind: 'invoice',
      customerId,
      currency,
      lines: [],
      status: 'draft',
      number: null,
      issuedAt: null,
      dueDate,
      notes,
      sourceReference,
      creditedInvoiceId: null,
      amountPaid: Money.zero(currency),
      amountCredited: Money.zero(currency),
      paidAt: null,
      voidedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    invoice.state.lines = invoice.checkedLines(lines);
    return invoice;
  }

  /**
   * Issues a credit note giving `amount` of `invoice` back, at once and with its own number; the invoice
   * counts it as credited. Only what was paid and not yet credited can be given back: an unpaid invoice is
   * voided instead. The note has one line of the amount, tax 0 (it returns money, whatever tax it held).
   */
  static async creditNoteFor(invoice: Invoice, amount: Money, reason: string, numbering: InvoiceNumbering, now: Date): Promise<Invoice> {
    const why = reason.trim();
    if (why === '') throw new CreditReasonRequired();
    invoice.assertCreditable(amount);
    const number = await numbering.next('CN', now.getUTCFullYear());
    const note = new Invoice({
      ...invoice.state,
      id: newId(),
      version: 0,
      kind: 'credit_note',
      lines: [InvoiceLine.of(`Credit for invoice ${invoice.number}`, 1, amount, 0)],
      status: 'issued',
      number,
      issuedAt: now,
      dueDate: dayOf(now),
      notes: why,
      sourceReference: null,
      creditedInvoiceId: invoice.id,
      amountPaid: Money.zero(invoice.currency),
      amountCredited: Money.zero(invoice.currency),
      paidAt: null,
      voidedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    invoice.state = { ...invoice.state, amountCredited: invoice.amountCredited.add(amount) };
    note.apply(
      new CreditNoteIssued({
        creditNoteId: note.id,
        number,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number as string,
        customerId: note.customerId,
        currency: note.currency.code,
        total: note.total.toJSON(),
        reason: why,
        issuedAt: now.toISOString(),
      }),
    );
    return note;
  }

  /** Rebuilds a stored invoice; no rule is re-run and no event raised. */
  static restore(state: InvoiceState): Invoice {
    return new Invoice(state);
  }

  get kind(): InvoiceKind {
    return this.state.kind;
  }

  get customerId(): string {
    return this.state.customerId;
  }

  get currency(): Currency {
    return this.state.currency;
  }

  get lines(): readonly InvoiceLine[] {
    return this.state.lines;
  }

  get status(): InvoiceStatus {
    return this.state.status;
  }

  get number(): string | null {
    return this.state.number;
  }

  get issuedAt(): Date | null {
    return this.state.issuedAt;
  }

  get dueDate(): string | null {
    return this.state.dueDate;
  }

  get notes(): string | null {
    return this.state.notes;
  }

  get sourceReference(): string | null {
    return this.state.sourceReference;
  }

  get creditedInvoiceId(): string | null {
    return this.state.creditedInvoiceId;
  }

  get amountPaid(): Money {
    return this.state.amountPaid;
  }

  get amountCredited(): Money {
    return this.state.amountCredited;
  }

  get paidAt(): Date | null {
    return this.state.paidAt;
  }

  get voidedAt(): Date | null {
    return this.state.voidedAt;
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }

  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  get subtotal(): Money {
    return this.money(sumLines(this.lineAmounts()).subtotal);
  }

  get taxTotal(): Money {
    return this.money(sumLines(this.lineAmounts()).taxTotal);
  }

  get total(): Money {
    return this.money(sumLines(this.lineAmounts()).total);
  }

  /** What is still to pay: the total less payments while the invoice takes payments, else nothing. */
  get openAmount(): Money {
    if (!this.takesPayments()) return Money.zero(this.currency);
    return this.money(this.total.minor - this.amountPaid.minor);
  }

  /** What a credit note may still give back: paid less already credited. */
  get creditableAmount(): Money {
    return this.money(this.amountPaid.minor - this.amountCredited.minor);
  }

  update({ lines, dueDate, notes }: InvoiceChanges): void {
    this.assertDraft('its lines, due date and notes change');
    const checked = lines === undefined ? this.state.lines : this.checkedLines(lines);
    this.state = {
      ...this.state,
      lines: checked,
      dueDate: dueDate === undefined ? this.state.dueDate : dueDate,
      notes: notes === undefined ? this.state.notes : notes,
    };
  }

  /**
   * Gives the draft its number (taken only once every rule passed) and makes it due; one whose total is zero (free
   * lines) has nothing to pay, so it is paid at once (InvoicePaid): no payment could ever fill it.
   */
  async issue(numbering: InvoiceNumbering, now: Date): Promise<void> {
    this.assertDraft('it can be issued');
    if (this.state.lines.length === 0) throw new InvoiceEmpty(this.id);
    const number = await numbering.next('INV', now.getUTCFullYear());
    const dueDate = this.state.dueDate ?? dayOf(now);
    this.state = { ...this.state, status: 'issued', number, issuedAt: now, dueDate };
    const totals = { subtotal: this.subtotal.toJSON(), taxTotal: this.taxTotal.toJSON(), total: this.total.toJSON() };
    this.apply(
      new InvoiceIssued({
        invoiceId: this.id,
        number,
        customerId: this.customerId,
        currency: this.currency.code,
        ...totals,
        dueDate,
        sourceReference: this.sourceReference,
        issuedAt: now.toISOString(),
      }),
    );
    if (this.total.minor === 0n) this.paidInFull(this.amountPaid, now);
  }

  /** A payment captured for this invoice; the one that fills it up makes it paid (InvoicePaid). */
  recordPayment(amount: Money, now: Date): void {
    if (!this.takesPayments()) throw new InvoiceNotPayable(this.id, this.kind, this.status);
    this.assertPositiveAmount(amount, 'a payment');
    const open = this.openAmount;
    if (amount.minor > open.minor) throw new PaymentExceedsBalance(this.id, amount.minor, open.minor);
    const amountPaid = this.amountPaid.add(amount);
    if (amount.minor < open.minor) {
      this.state = { ...this.state, status: 'partially_paid', amountPaid };
      return;
    }
    this.paidInFull(amountPaid, now);
  }

  void(now: Date): void {
    if (this.kind === 'credit_note') throw new InvoiceNotVoidable(this.id, this.status, 'a credit note stands once issued');
    if (this.status !== 'issued')
      throw new InvoiceNotVoidable(this.id, this.status, `it is ${this.status}; only an issued invoice nothing was paid on can be`);
    this.state = { ...this.state, status: 'void', voidedAt: now };
    this.apply(
      new InvoiceVoided({
        invoiceId: this.id,
        number: this.number as string,
        customerId: this.customerId,
        currency: this.currency.code,
        total: this.total.toJSON(),
        voidedAt: now.toISOString(),
      }),
    );
  }

  /** The rules a credit of `amount` must pass; a refund asks them before the provider gives any money back. */
  assertCreditable(amount: Money): void {
    if (this.kind === 'credit_note') throw new InvoiceNotCreditable(this.id, 'it is a credit note');
    if (this.status === 'draft' || this.status === 'void') throw new InvoiceNotCreditable(this.id, `it is ${this.status}`);
    this.assertPositiveAmount(amount, 'a credit');
    const creditable = this.creditableAmount;
    if (amount.minor > creditable.minor) throw new CreditExceedsCreditable(this.id, amount.minor, creditable.minor);
  }

  /** Paid up: by the payment that filled it, or at its issue when there was nothing to pay. */
  private paidInFull(amountPaid: Money, now: Date): void {
    this.state = { ...this.state, status: 'paid', amountPaid, paidAt: now };
    this.apply(
      new InvoicePaid({
        invoiceId: this.id,
        number: this.number as string,
        customerId: this.customerId,
        currency: this.currency.code,
        total: this.total.toJSON(),
        amountPaid: amountPaid.toJSON(),
        paidAt: now.toISOString(),
      }),
    );
  }

  private takesPayments(): boolean {
    return this.kind === 'invoice' && (this.status === 'issued' || this.status === 'partially_paid');
  }

  private assertPositiveAmount(amount: Money, what: string): void {
    if (!amount.currency.equals(this.currency))
      throw new InvoiceAmountInvalid(`${what} in ${amount.currency.code} on an invoice in ${this.currency.code}`);
    if (amount.minor <= 0n) throw new InvoiceAmountInvalid(`${what} must be above zero`);
  }

  private assertDraft(action: string): void {
    if (this.state.status !== 'draft') throw new InvoiceNotDraft(this.id, this.state.status, action);
  }

  private checkedLines(lines: InvoiceLine[]): InvoiceLine[] {
    for (const line of lines) {
      if (!line.unitPrice.currency.equals(this.currency))
        throw new InvoiceLineCurrencyMismatch(line.unitPrice.currency.code, this.currency.code);
    }
    return [...lines];
  }

  private lineAmounts() {
    return this.state.lines.map((line) => line.amounts);
  }

  private money(minor: bigint): Money {
    return Money.of(minor, this.state.currency);
  }
}
