import { CustomerChurned } from '../../domain/events/customer-churned.event';
import { CustomerChurnReasonRequired, CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { ChurnCustomer } from './churn-customer.command';
import { ChurnCustomerHandler } from './churn-customer.handler';

describe('ChurnCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: ChurnCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new ChurnCustomerHandler(customers);
  });

  it('churns a customer with its reason, recording churnedAt, and raises CustomerChurned', async () => {
    const id = await storedCustomer(customers, 'customer');

    await handler.execute(new ChurnCustomer(id, 'moved to a competitor'));

    const customer = await customers.getById(id);
    expect(customer).toMatchObject({ status: 'churned', churnReason: 'moved to a competitor' });
    expect(customer.churnedAt).toBeInstanceOf(Date);
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerChurned);
    expect(customers.published[0].payload).toEqual({
      customerId: id,
      reason: 'moved to a competitor',
      churnedAt: customer.churnedAt?.toISOString(),
    });
  });

  it('refuses a blank reason with CUSTOMER_CHURN_REASON_REQUIRED and saves nothing', async () => {
    const id = await storedCustomer(customers, 'customer');

    const attempt = handler.execute(new ChurnCustomer(id, '  '));

    await expect(attempt).rejects.toBeInstanceOf(CustomerChurnReasonRequired);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_CHURN_REASON_REQUIRED', kind: 'invalid' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new ChurnCustomer(UNKNOWN, 'moved to a competitor'))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'customer');

    await handler.execute(new ChurnCustomer(id, 'moved to a competitor', REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'customer');

    const attempt = handler.execute(new ChurnCustomer(id, 'moved to a competitor', OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
