import { CustomerAssigned } from '../../domain/events/customer-assigned.event';
import { CustomerNotFound, CustomerSameRep } from '../../domain/customer/customer.errors';
import { InMemoryCustomerRepository } from '../testing/in-memory-customer.repository';
import { OTHER_REP, REP, UNKNOWN, storedCustomer } from '../testing/customer-fixtures';
import { AssignCustomer } from './assign-customer.command';
import { AssignCustomerHandler } from './assign-customer.handler';

describe('AssignCustomerHandler', () => {
  let customers: InMemoryCustomerRepository;
  let handler: AssignCustomerHandler;

  beforeEach(() => {
    customers = new InMemoryCustomerRepository();
    handler = new AssignCustomerHandler(customers);
  });

  it('reassigns to a different rep and raises CustomerAssigned', async () => {
    const id = await storedCustomer(customers, 'lead');

    await handler.execute(new AssignCustomer(id, OTHER_REP));

    const customer = await customers.getById(id);
    expect(customer.assignedTo).toBe(OTHER_REP);
    expect(customer.version).toBe(2);
    expect(customers.published).toHaveLength(1);
    expect(customers.published[0]).toBeInstanceOf(CustomerAssigned);
    expect(customers.published[0].payload).toEqual({
      customerId: id,
      previousRepId: REP,
      repId: OTHER_REP,
      assignedAt: expect.any(String),
    });
  });

  it('refuses the same rep with CUSTOMER_SAME_REP and saves nothing', async () => {
    const id = await storedCustomer(customers, 'lead');

    const attempt = handler.execute(new AssignCustomer(id, REP));

    await expect(attempt).rejects.toBeInstanceOf(CustomerSameRep);
    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_SAME_REP', kind: 'conflict' });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });

  it('refuses an unknown customer with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new AssignCustomer(UNKNOWN, OTHER_REP))).rejects.toBeInstanceOf(CustomerNotFound);
  });

  it("acts on the rep's own customer when limited to that rep", async () => {
    const id = await storedCustomer(customers, 'lead');

    await handler.execute(new AssignCustomer(id, OTHER_REP, REP));

    expect((await customers.getById(id)).version).toBe(2);
  });

  it("refuses another rep's customer with CUSTOMER_NOT_FOUND, exactly as if it did not exist, and changes nothing", async () => {
    const id = await storedCustomer(customers, 'lead');

    const attempt = handler.execute(new AssignCustomer(id, OTHER_REP, OTHER_REP));

    await expect(attempt).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND', message: `customer ${id} does not exist` });
    expect((await customers.getById(id)).version).toBe(1);
    expect(customers.published).toEqual([]);
  });
});
