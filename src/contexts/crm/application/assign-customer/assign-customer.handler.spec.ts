import { CustomerAssigned } from '../../contracts/customer-assigned.event';
import { Customer } from '../../domain/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer.errors';
import { CustomerRepository } from '../../domain/customer.repository';
import { AssignCustomer } from './assign-customer.command';
import { AssignCustomerHandler } from './assign-customer.handler';

function inMemory(...stored: Customer[]): CustomerRepository & { saved: Customer[] } {
  const saved: Customer[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((customer) => customer.id === id);
      if (!found) throw new CustomerNotFound(id);
      return found;
    },
    save: async (customer) => void saved.push(customer),
  };
}

describe('AssignCustomerHandler', () => {
  const stored = () => Customer.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the customer with CustomerAssigned raised', async () => {
    const customer = stored();
    const repository = inMemory(customer);
    await new AssignCustomerHandler(repository).execute(new AssignCustomer(customer.id));
    expect(repository.saved).toEqual([customer]);
    const [event] = customer.pullEvents();
    expect(event).toBeInstanceOf(CustomerAssigned);
    expect(event.metadata.aggregateId).toBe(customer.id);
  });

  it('refuses an unknown id with CUSTOMER_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new AssignCustomerHandler(repository).execute(new AssignCustomer('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
