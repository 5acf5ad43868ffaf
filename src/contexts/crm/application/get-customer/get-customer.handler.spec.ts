import { Customer } from '../../domain/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer.errors';
import { CustomerRepository } from '../../domain/customer.repository';
import { GetCustomer } from './get-customer.query';
import { GetCustomerHandler } from './get-customer.handler';

describe('GetCustomerHandler', () => {
  const stored = Customer.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: CustomerRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new CustomerNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetCustomerHandler(repository);

  it('answers the stored customer', async () => {
    await expect(handler.execute(new GetCustomer(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with CUSTOMER_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCustomer('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
  });
});
