import { InMemoryInvoiceNumbering } from '../testing/in-memory-invoice-numbering';
import { aDraftInvoice, anIssuedInvoice, CUSTOMER, OTHER_CUSTOMER } from '../testing/invoice-fixtures';
import { InMemoryInvoiceRepository } from '../testing/in-memory-invoice.repository';
import { ListInvoices } from './list-invoices.query';
import { ListInvoicesHandler } from './list-invoices.handler';

describe('ListInvoicesHandler', () => {
  let invoices: InMemoryInvoiceRepository;
  let handler: ListInvoicesHandler;

  beforeEach(() => {
    invoices = new InMemoryInvoiceRepository();
    handler = new ListInvoicesHandler(invoices);
  });

  it('answers the page asked for, with page, limit and the real total', async () => {
    for (let i = 0; i < 5; i++) invoices.seed(aDraftInvoice());
    const all = (await invoices.findPage({}, 0, 5)).items.map((i) => i.id);
    const page = await handler.execute(new ListInvoices({}, 2, 2));
    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((i) => i.id)).toEqual(all.slice(2, 4));
  });

  it('filters by customer and status', async () => {
    const issued = await anIssuedInvoice(new InMemoryInvoiceNumbering());
    invoices.seed(issued, aDraftInvoice(), aDraftInvoice(OTHER_CUSTOMER));
    const page = await handler.execute(new ListInvoices({ customerId: CUSTOMER, status: 'issued' }, 1, 10));
    expect(page.items.map((i) => i.id)).toEqual([issued.id]);
  });

  it("never lists another customer's invoices to a caller limited to their own, even when the filter names them", async () => {
    const own = aDraftInvoice();
    invoices.seed(own, aDraftInvoice(OTHER_CUSTOMER));
    const page = await handler.execute(new ListInvoices({ customerId: OTHER_CUSTOMER }, 1, 10, CUSTOMER));
    expect(page.items.map((i) => i.id)).toEqual([own.id]);
    expect(page.total).toBe(1);
  });
});
