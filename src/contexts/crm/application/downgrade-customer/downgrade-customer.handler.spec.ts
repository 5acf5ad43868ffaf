import { CustomerDowngraded } from '../../domain/events/customer-downgraded.event';
import { CustomerNotFound, CustomerTierNotLower } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { DowngradeCustomer } from './downgrade-customer.command';
import { DowngradeCustomerHandler } from './downgrade-customer.handler';

describe('DowngradeCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: DowngradeCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new DowngradeCustomerHandler(customers);
  });

  it('downgrades to a lower tier and raises CustomerDowngraded', async () => {
    const id = await storedCustomer(customers, 'customer', {}, 'pro');

    await handler.execute(new DowngradeCustomer(id, 'basic'));

    const customer = await customers.getById(id);
    expect(customer.tier).toBe('basic');
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerDowngraded);
    expect(customers.published[0].payload).toEqual({ customerId: id, from: 'pro', to: 'basic', downgradedAt: expect.any(String) });
  });

  it('refuses a downgrade to a higher tier with CUSTOMER_TIER_NOT_LOWER and saves nothing', async () => {
    const id = await storedCustomer(customers, 'customer', {}, 'pro');

    const attempt = handler.execute(new DowngradeCustomer(id, 'enterprise'));

    await expect(attempt).rejects.toBeInstanceOf(CustomerTierNotLower);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_TIER_NOT_LOWER', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new DowngradeCustomer(UNKNOWN, 'basic'))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'customer', {}, 'pro');

    await handler.execute(new DowngradeCustomer(id, 'basic', REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'customer', {}, 'pro');

    const attempt = handler.execute(new DowngradeCustomer(id, 'basic', OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
