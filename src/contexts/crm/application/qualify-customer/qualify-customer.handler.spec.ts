import { CustomerQualified } from '../../domain/events/customer-qualified.event';
import { CustomerInvalidTransition, CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { QualifyCustomer } from './qualify-customer.command';
import { QualifyCustomerHandler } from './qualify-customer.handler';

describe('QualifyCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: QualifyCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new QualifyCustomerHandler(customers);
  });

  it('qualifies a lead into a prospect and raises CustomerQualified', async () => {
    const id = await storedCustomer(customers, 'lead');

    await handler.execute(new QualifyCustomer(id));

    const customer = await customers.getById(id);
    expect(customer.status).toBe('prospect');
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerQualified);
    expect(customers.published[0].payload).toEqual({ customerId: id, qualifiedAt: expect.any(String) });
  });

  it('refuses to qualify a prospect with CUSTOMER_INVALID_TRANSITION and saves nothing', async () => {
    const id = await storedCustomer(customers, 'prospect');

    const attempt = handler.execute(new QualifyCustomer(id));

    await expect(attempt).rejects.toBeInstanceOf(CustomerInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_INVALID_TRANSITION', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new QualifyCustomer(UNKNOWN))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'lead');

    await handler.execute(new QualifyCustomer(id, REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'lead');

    const attempt = handler.execute(new QualifyCustomer(id, OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
