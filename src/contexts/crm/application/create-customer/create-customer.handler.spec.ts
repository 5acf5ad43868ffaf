import { CustomerCreated } from '../../contracts/customer-created.event';
import { Customer } from '../../domain/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer.errors';
import { CustomerRepository } from '../../domain/customer.repository';
import { CreateCustomer } from './create-customer.command';
import { CreateCustomerHandler } from './create-customer.handler';

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

describe('CreateCustomerHandler', () => {
  it('saves a new customer that raised CustomerCreated, and answers its id', async () => {
    const repository = inMemory();
    const id = await new CreateCustomerHandler(repository).execute(new CreateCustomer());
    expect(repository.saved.map((customer) => customer.id)).toEqual([id]);
    expect(repository.saved[0].pullEvents()).toEqual([expect.any(CustomerCreated)]);
  });
});
