import { ConcurrencyConflict, Currency, Money } from '@promenade/ddd';
import { Invoice } from '../../src/contexts/billing/domain/invoice/invoice.aggregate';
import { InvoiceLine } from '../../src/contexts/billing/domain/invoice/invoice-line';
import { formatInvoiceNumber } from '../../src/contexts/billing/domain/invoice/invoice-numbering';
import { InvoiceNumberingTypeOrm } from '../../src/contexts/billing/infrastructure/persistence/invoice-numbering.typeorm';
import { InvoiceModel } from '../../src/contexts/billing/infrastructure/persistence/invoice.model';
import { InvoiceTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/invoice.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

const ISSUES = 50;
const ROLLBACKS = 13; // every fourth of the 50
const NOW = new Date('2026-06-01T12:00:00Z');

/**
 * Gap-free numbering on the real PostgreSQL: 50 issues at once, interleaved with transactions that take a
 * number and roll back and with issues that lose an optimistic race after taking one. The committed numbers
 * are exactly 1..50: no gap, no duplicate; the counter ends at 50.
 */
describe('Invoice numbering on PostgreSQL', () => {
  let database: RepositoryDatabase;
  let invoices: InvoiceTypeOrmRepository;
  let numbering: InvoiceNumberingTypeOrm;

  beforeAll(async () => {
    database = await RepositoryDatabase.open([InvoiceModel]);
    invoices = new InvoiceTypeOrmRepository(database.uow);
    numbering = new InvoiceNumberingTypeOrm(database.uow);
  });
  afterAll(() => database?.close());

  beforeEach(() => database.dataSource.query('TRUNCATE billing.invoices, billing.invoice_sequences'));

  async function drafts(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const line = InvoiceLine.of(`Item ${i}`, 1, Money.of(1000 + i, 'EUR'), 2000);
      const invoice = Invoice.create(
        { customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', currency: Currency.of('EUR'), lines: [line] },
        NOW,
      );
      await invoices.save(invoice);
      ids.push(invoice.id);
    }
    return ids;
  }

  /** One issue as IssueInvoice runs it: read, take a number, save, in one transaction. */
  const issue = (id: string) =>
    database.uow.run(async () => {
      const invoice = await invoices.getById(id);
      await invoice.issue(numbering, NOW);
      await invoices.save(invoice);
    });

  /** Takes a number, then fails before committing: the number must come back. */
  const takeAndRollBack = () =>
    database.uow.run(async () => {
      await numbering.next('INV', NOW.getUTCFullYear());
      throw new Error('forced rollback');
    });

  async function committedNumbers(): Promise<string[]> {
    const rows: { number: string }[] = await database.dataSource.query(
      `SELECT number FROM billing.invoices WHERE number IS NOT NULL ORDER BY number`,
    );
    return rows.map((row) => row.number);
  }

  it('gives 50 concurrent issues exactly the numbers 1..50, whatever rolled back in between', async () => {
    const ids = await drafts(ISSUES);
    const issues: Array<Promise<void>> = [];
    const rollbacks: Array<Promise<void>> = [];
    ids.forEach((id, i) => {
      issues.push(issue(id));
      if (i % 4 === 0) rollbacks.push(takeAndRollBack());
      // A second issue of the same invoice: it takes a number, then loses the optimistic race (or finds it issued).
      if (i % 10 === 0) issues.push(issue(id));
    });

    const [issued, rolledBack] = await Promise.all([Promise.allSettled(issues), Promise.allSettled(rollbacks)]);

    expect(rolledBack.map((o) => o.status === 'rejected' && (o.reason as Error).message)).toEqual(Array(ROLLBACKS).fill('forced rollback'));
    expect(issued.filter((o) => o.status === 'fulfilled')).toHaveLength(ISSUES);
    for (const outcome of issued.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(['CONCURRENCY_CONFLICT', 'INVOICE_NOT_DRAFT']).toContain((outcome.reason as { code?: string }).code);
    }
    const expected = Array.from({ length: ISSUES }, (_, i) => formatInvoiceNumber('INV', 2026, i + 1));
    expect(await committedNumbers()).toEqual(expected);
    const [counter] = await database.dataSource.query(`SELECT last FROM billing.invoice_sequences WHERE series = 'INV' AND year = 2026`);
    expect(Number(counter.last)).toBe(ISSUES);
  });

  it('gives a number back when the save after it fails, so the next issue gets it', async () => {
    const [first, second] = await drafts(2);
    const stale = await invoices.getById(first);
    await issue(first); // INV-2026-000001
    const lost = database.uow.run(async () => {
      await stale.issue(numbering, NOW); // takes 000002, then its save finds the invoice changed
      await invoices.save(stale);
    });
    await expect(lost).rejects.toBeInstanceOf(ConcurrencyConflict);

    await issue(second);

    expect(await committedNumbers()).toEqual(['INV-2026-000001', 'INV-2026-000002']);
  });

  it('counts each series and year apart', async () => {
    await database.uow.run(async () => {
      expect(await numbering.next('INV', 2026)).toBe('INV-2026-000001');
      expect(await numbering.next('CN', 2026)).toBe('CN-2026-000001');
      expect(await numbering.next('INV', 2027)).toBe('INV-2027-000001');
      expect(await numbering.next('INV', 2026)).toBe('INV-2026-000002');
    });
  });
});
