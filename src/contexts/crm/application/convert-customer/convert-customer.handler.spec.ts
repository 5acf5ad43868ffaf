import { CustomerConverted } from '../../domain/events/customer-converted.event';
import { CustomerInvalidTransition, CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { ConvertCustomer } from './convert-customer.command';
import { ConvertCustomerHandler } from './convert-customer.handler';

describe('ConvertCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: ConvertCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new ConvertCustomerHandler(customers);
  });

  it('converts a prospect into a customer, recording convertedAt, and raises CustomerConverted', async () => {
    const id = await storedCustomer(customers, 'prospect');

    await handler.execute(new ConvertCustomer(id));

    const customer = await customers.getById(id);
    expect(customer.status).toBe('customer');
    expect(customer.convertedAt).toBeInstanceOf(Date);
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerConverted);
    expect(customers.published[0].payload).toEqual({ customerId: id, convertedAt: customer.convertedAt?.toISOString() });
  });

  it('refuses to convert a lead with CUSTOMER_INVALID_TRANSITION and saves nothing', async () => {
    const id = await storedCustomer(customers, 'lead');

    const attempt = handler.execute(new ConvertCustomer(id));

    await expect(attempt).rejects.toBeInstanceOf(CustomerInvalidTransition);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_INVALID_TRANSITION', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new ConvertCustomer(UNKNOWN))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'prospect');

    await handler.execute(new ConvertCustomer(id, REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'prospect');

    const attempt = handler.execute(new ConvertCustomer(id, OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
