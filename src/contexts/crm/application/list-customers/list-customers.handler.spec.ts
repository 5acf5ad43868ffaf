import { Email } from '@promenade/ddd';
import { CustomerStatus } from '../../domain/customer/customer-status';
import { CustomerTier } from '../../domain/customer/customer-tier';
import { NewCustomer } from '../../domain/customer/customer.aggregate';
import { NEWEST_FIRST } from '../../domain/customer/customer.repository';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { COMPANY, OTHER_REP, REP, storedCustomer } from '../testing/customer-fixtures';
import { ListCustomers } from './list-customers.query';
import { ListCustomersHandler } from './list-customers.handler';

describe('ListCustomersHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: ListCustomersHandler;
  let seq: number;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new ListCustomersHandler(customers);
    seq = 0;
  });

  /** Each with its own email (they are unique among live customers). */
  const stored = (status?: CustomerStatus, overrides: Partial<NewCustomer> = {}, tier?: CustomerTier) =>
    storedCustomer(customers, status, { email: Email.of(`c${seq++}@example.com`), ...overrides }, tier);

  it('answers the requested page with the page, limit and total, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await stored());

    const page = await handler.execute(new ListCustomers({}, NEWEST_FIRST, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((c) => c.id)).toEqual([...ids].reverse().slice(2, 4));
  });

  it('turns the page number into an offset for the repository', async () => {
    const findPage = jest.spyOn(customers, 'findPage');

    await handler.execute(new ListCustomers({ status: 'lead' }, NEWEST_FIRST, 3, 10));

    expect(findPage).toHaveBeenCalledWith({ status: 'lead', assignedTo: undefined }, NEWEST_FIRST, 20, 10);
  });

  it('filters on status, tier, tag, company and a search in name or email', async () => {
    const match = await stored('customer', { name: 'Grace Hopper', companyId: COMPANY, tags: ['vip'] }, 'pro');
    await stored('customer', { name: 'Grace Kelly', companyId: COMPANY, tags: ['vip'] }, 'basic');
    await stored('lead', { name: 'Grace Hopper Jr', companyId: COMPANY, tags: ['vip'] }, 'pro');
    await stored('customer', { name: 'Alan Turing', tags: ['vip'] }, 'pro');

    const page = await handler.execute(
      new ListCustomers({ status: 'customer', tier: 'pro', tag: 'vip', companyId: COMPANY, search: 'hopper' }, NEWEST_FIRST, 1, 10),
    );

    expect(page.items.map((c) => c.id)).toEqual([match]);
  });

  it('sorts tiers from free to enterprise, and back', async () => {
    const pro = await stored('customer', {}, 'pro');
    const free = await stored('customer', {}, 'free');
    const enterprise = await stored('customer', {}, 'enterprise');

    const up = await handler.execute(new ListCustomers({}, { field: 'tier', direction: 'asc' }, 1, 10));
    const down = await handler.execute(new ListCustomers({}, { field: 'tier', direction: 'desc' }, 1, 10));

    expect(up.items.map((c) => c.id)).toEqual([free, pro, enterprise]);
    expect(down.items.map((c) => c.id)).toEqual([enterprise, pro, free]);
  });

  it("lists only the rep's own customers when limited to that rep, even when the filter names another rep", async () => {
    const mine = await stored('lead', { assignedTo: REP });
    await stored('lead', { assignedTo: OTHER_REP });

    const page = await handler.execute(new ListCustomers({ assignedTo: OTHER_REP }, NEWEST_FIRST, 1, 10, REP));

    expect(page.total).toBe(1);
    expect(page.items.map((c) => c.id)).toEqual([mine]);
  });

  it("lists every rep's customers when not limited, or the rep the filter names", async () => {
    await stored('lead', { assignedTo: REP });
    const theirs = await stored('lead', { assignedTo: OTHER_REP });

    expect((await handler.execute(new ListCustomers({}, NEWEST_FIRST, 1, 10))).total).toBe(2);
    expect((await handler.execute(new ListCustomers({ assignedTo: OTHER_REP }, NEWEST_FIRST, 1, 10))).items.map((c) => c.id)).toEqual([
      theirs,
    ]);
  });
});
