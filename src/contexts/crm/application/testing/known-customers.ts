import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerNotFound } from '../../domain/customer/customer.errors';
import { CustomerRepository } from '../../domain/customer/customer.repository';

/** A unit-test stand-in for the one question deals ask of the customer store: does this customer exist? */
export function knownCustomers(...ids: string[]): Pick<CustomerRepository, 'getById'> {
  return {
    getById: async (id: string) => {
      if (!ids.includes(id)) throw new CustomerNotFound(id);
      return { id } as Customer;
    },
  };
}
