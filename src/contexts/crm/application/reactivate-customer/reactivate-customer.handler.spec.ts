import { CustomerReactivated } from '../../domain/events/customer-reactivated.event';
import { CustomerInvalidTransition, CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { ReactivateCustomer } from './reactivate-customer.command';
import { ReactivateCustomerHandler } from './reactivate-customer.handler';

describe('ReactivateCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: ReactivateCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new ReactivateCustomerHandler(customers);
  });

  it('reactivates a churned customer, clearing the churn fields, and raises CustomerReactivated', async () => {
    const id = await storedCustomer(customers, 'churned');

    await handler.execute(new ReactivateCustomer(id));

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({ status: 'customer', churnedAt: null, churnReason: null });
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerReactivated);
    expect(customers.published[0].payload).toEqual({ customerId: id, reactivatedAt: expect.any(String) });
  });

  it('refuses to reactivate a customer who never churned with CUSTOMER_INVALID_TRANSITION', async () => {
    const id = await storedCustomer(customers, 'customer');

    const attempt = handler.execute(new ReactivateCustomer(id));

    await expect(attempt).rejects.toBeInstanceOf(CustomerInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_INVALID_TRANSITION', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new ReactivateCustomer(UNKNOWN))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'churned');

    await handler.execute(new ReactivateCustomer(id, REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'churned');

    const attempt = handler.execute(new ReactivateCustomer(id, OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
