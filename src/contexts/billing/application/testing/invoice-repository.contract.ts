import { Currency, describeAggregateRepositoryContract, Money, newId, OpenedRepository } from '@promenade/ddd';
import { Invoice, InvoiceState } from '../../domain/invoice/invoice.aggregate';
import { InvoiceLine } from '../../domain/invoice/invoice-line';
import { formatInvoiceNumber } from '../../domain/invoice/invoice-numbering';
import { InvoiceNotFound, InvoiceSourceReferenceTaken } from '../../domain/invoice/invoice.errors';
import { InvoiceRepository } from '../../domain/invoice/invoice.repository';
import { InMemoryInvoiceNumbering } from './in-memory-invoice-numbering';

const ALICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';
const NOW = new Date('2026-01-15T10:00:00.000Z');

function anInvoice(customerId = ALICE, sourceReference: string | null = null): Invoice {
  const lines = [InvoiceLine.of('Consulting', 2, Money.of(1000, 'EUR'), 2000), InvoiceLine.of('Half cent', 1, Money.of(25, 'EUR'), 1000)];
  return Invoice.create({ customerId, currency: Currency.of('EUR'), lines, dueDate: '2026-02-15', notes: 'n', sourceReference }, NOW);
}

let issuedCount = 0;

/** A new invoice, already issued (each with its own number): its change is a payment, which raises InvoicePaid. */
function anIssuedInvoice(): Invoice {
  const number = formatInvoiceNumber('INV', 2026, ++issuedCount);
  return Invoice.restore({ ...anInvoice().snapshot(), status: 'issued', number, issuedAt: NOW });
}

/**
 * What every InvoiceRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains.
 * `inTransaction` runs work as a command runs (row locks need a transaction); the fake needs none.
 */
export function describeInvoiceRepositoryContract(
  open: () => Promise<OpenedRepository<InvoiceRepository>>,
  inTransaction: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): void {
  const numbering = new InMemoryInvoiceNumbering();
  const { current } = describeAggregateRepositoryContract<Invoice, InvoiceState, InvoiceRepository>({
    open,
    create: anIssuedInvoice,
    restore: Invoice.restore,
    load: (invoices, id) => invoices.getById(id),
    change: (invoice) => invoice.recordPayment(invoice.total, NOW),
  });

  it('locks one by id in a transaction, as getById finds it (also limited to its owner)', async () => {
    const { repository } = current();
    const stored = anInvoice(ALICE);
    await repository.save(stored);
    const locked = await inTransaction(() => repository.lockById(stored.id, ALICE));
    expect(locked.snapshot()).toEqual((await repository.getById(stored.id)).snapshot());
    await expect(inTransaction(() => repository.lockById(stored.id, BOB))).rejects.toBeInstanceOf(InvoiceNotFound);
    await expect(inTransaction(() => repository.lockById(newId()))).rejects.toBeInstanceOf(InvoiceNotFound);
  });

  it('answers InvoiceNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(InvoiceNotFound);
  });

  it('keeps every field: lines, totals, dates, payments, credits and the credit note link', async () => {
    const { repository } = current();
    const invoice = anInvoice();
    await invoice.issue(numbering, NOW);
    invoice.recordPayment(Money.of(2427, 'EUR'), NOW);
    await repository.save(invoice);
    const note = await Invoice.creditNoteFor(await repository.getById(invoice.id), Money.of(427, 'EUR'), 'refund', numbering, NOW);
    await repository.save(note);

    const stored = await repository.getById(invoice.id);
    expect(stored.snapshot()).toEqual({ ...invoice.snapshot(), version: 1, updatedAt: stored.updatedAt });
    expect(stored.total.toJSON()).toEqual({ amount: 2427, currency: 'EUR' });
    const storedNote = await repository.getById(note.id);
    expect(storedNote).toMatchObject({ kind: 'credit_note', creditedInvoiceId: invoice.id, number: note.number, notes: 'refund' });
    expect(storedNote.total.amount).toBe(427);
  });

  it("answers InvoiceNotFound for another customer's invoice when limited to an owner", async () => {
    const { repository } = current();
    const invoice = anInvoice(ALICE);
    await repository.save(invoice);
    expect((await repository.getById(invoice.id, ALICE)).id).toBe(invoice.id);
    await expect(repository.getById(invoice.id, BOB)).rejects.toBeInstanceOf(InvoiceNotFound);
  });

  it('finds an invoice by its source reference, and nothing for an unused one', async () => {
    const { repository } = current();
    const reference = `order:${newId()}`;
    const invoice = anInvoice(ALICE, reference);
    await repository.save(invoice);
    expect((await repository.findBySourceReference(reference))?.id).toBe(invoice.id);
    expect(await repository.findBySourceReference(`order:${newId()}`)).toBeNull();
  });

  it('refuses a second invoice for one source reference with InvoiceSourceReferenceTaken', async () => {
    const { repository } = current();
    const reference = `order:${newId()}`;
    await repository.save(anInvoice(ALICE, reference));
    await expect(repository.save(anInvoice(BOB, reference))).rejects.toBeInstanceOf(InvoiceSourceReferenceTaken);
  });

  it('pages by customer, status and kind, newest first, with the real total', async () => {
    const { repository } = current();
    const customer = newId();
    const saved: Invoice[] = [];
    for (let i = 0; i < 3; i++) {
      const invoice = anInvoice(customer);
      await repository.save(invoice);
      saved.push(invoice);
    }
    const issued = await repository.getById(saved[0].id);
    await issued.issue(numbering, NOW);
    await repository.save(issued);

    const page = await repository.findPage({ customerId: customer }, 0, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([saved[2].id, saved[1].id]);
    const drafts = await repository.findPage({ customerId: customer, status: 'draft', kind: 'invoice' }, 0, 10);
    expect(drafts.items.map((i) => i.id)).toEqual([saved[2].id, saved[1].id]);
    expect((await repository.findPage({ customerId: customer, kind: 'credit_note' }, 0, 10)).total).toBe(0);
  });
}
