import { CustomerUpgraded } from '../../domain/events/customer-upgraded.event';
import { CustomerNotFound, CustomerTierNotHigher } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { UpgradeCustomer } from './upgrade-customer.command';
import { UpgradeCustomerHandler } from './upgrade-customer.handler';

describe('UpgradeCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: UpgradeCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new UpgradeCustomerHandler(customers);
  });

  it('upgrades to a higher tier and raises CustomerUpgraded', async () => {
    const id = await storedCustomer(customers, 'customer');

    await handler.execute(new UpgradeCustomer(id, 'pro'));

    const customer = await customers.getById(id);
    expect(customer.tier).toBe('pro');
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerUpgraded);
    expect(customers.published[0].payload).toEqual({ customerId: id, from: 'free', to: 'pro', upgradedAt: expect.any(String) });
  });

  it('refuses an upgrade to the same tier with CUSTOMER_TIER_NOT_HIGHER and saves nothing', async () => {
    const id = await storedCustomer(customers, 'customer');

    const attempt = handler.execute(new UpgradeCustomer(id, 'free'));

    await expect(attempt).rejects.toBeInstanceOf(CustomerTierNotHigher);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_TIER_NOT_HIGHER', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new UpgradeCustomer(UNKNOWN, 'pro'))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'customer');

    await handler.execute(new UpgradeCustomer(id, 'pro', REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'customer');

    const attempt = handler.execute(new UpgradeCustomer(id, 'pro', OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
