import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, storedCustomer, UNKNOWN } from '../testing/customer-fixtures';
import { GetCustomer } from './get-customer.query';
import { GetCustomerHandler } from './get-customer.handler';

describe('GetCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: GetCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new GetCustomerHandler(customers);
  });

  it('answers the stored customer', async () => {
    const id = await storedCustomer(customers, 'prospect');

    const customer = await handler.execute(new GetCustomer(id));

    expect(customer).toBeInstanceOf(Customer);
    expect(customer).toMatchObject({ id, status: 'prospect', assignedTo: REP, version: 1 });
  });

  it('refuses an unknown id with CUSTOMER_NOT_FOUND', async () => {
    const attempt = handler.execute(new GetCustomer(UNKNOWN));

    await expect(attempt).rejects.toBeInstanceOf(CustomerNotFound);
    await expect(attempt).rejects.toMatchObject({
      code: 'CUSTOMER_NOT_FOUND',
      kind: 'not_found',
      message: `customer ${UNKNOWN} does not exist`,
    });
  });

  it("answers the rep's own customer, and another rep's exactly as if it did not exist", async () => {
    const id = await storedCustomer(customers);

    await expect(handler.execute(new GetCustomer(id, REP))).resolves.toMatchObject({ id });
    await expect(handler.execute(new GetCustomer(id, OTHER_REP))).rejects.toMatchObject({
      code: 'CUSTOMER_NOT_FOUND',
      message: `customer ${id} does not exist`,
    });
  });
});
