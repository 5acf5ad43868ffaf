import { Email } from '@promenade/ddd';
import { CustomerDeleted } from '../../domain/events/customer-deleted.event';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, newCustomer, storedCustomer } from '../testing/customer-fixtures';
import { DeleteCustomer } from './delete-customer.command';
import { DeleteCustomerHandler } from './delete-customer.handler';

describe('DeleteCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: DeleteCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new DeleteCustomerHandler(customers);
  });

  it('deletes softly: the customer is found no more, listed no more, and CustomerDeleted is raised', async () => {
    const id = await storedCustomer(customers, 'customer', {}, 'pro');

    await handler.execute(new DeleteCustomer(id));

    await expect(customers.getById(id)).rejects.toBeInstanceOf(CustomerNotFound);
    expect((await customers.findPage({}, { field: 'createdAt', direction: 'desc' }, 0, 10)).total).toBe(0);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerDeleted);
    expect(customers.published[0].payload).toEqual({ customerId: id, status: 'customer', tier: 'pro', deletedAt: expect.any(String) });
  });

  it("frees the deleted customer's email for a new customer", async () => {
    const id = await storedCustomer(customers);
    await handler.execute(new DeleteCustomer(id));

    await customers.save(Customer.create(newCustomer({ email: Email.of('ADA@example.com') })));

    expect(await customers.findLiveByEmail(Email.of('ada@example.com'))).not.toBeNull();
  });

  it('answers CUSTOMER_NOT_FOUND to a second delete, raising nothing more', async () => {
    const id = await storedCustomer(customers);
    await handler.execute(new DeleteCustomer(id));

    await expect(handler.execute(new DeleteCustomer(id))).rejects.toBeInstanceOf(CustomerNotFound);
    expect(customers.published).toHaveLength(1);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new DeleteCustomer(UNKNOWN))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("deletes the rep's own customer, and answers CUSTOMER_NOT_FOUND for another rep's, deleting nothing", async () => {
    const mine = await storedCustomer(customers);
    const theirs = await storedCustomer(customers, 'lead', { email: Email.of('bob@example.com'), assignedTo: OTHER_REP });

    await handler.execute(new DeleteCustomer(mine, REP));
    await expect(handler.execute(new DeleteCustomer(theirs, REP))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });

    expect((await customers.getById(theirs)).isDeleted).toBe(false);
  });
});
