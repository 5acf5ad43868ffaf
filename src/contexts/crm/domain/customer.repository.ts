import { Customer } from './customer.aggregate';

export const CUSTOMER_REPOSITORY = Symbol('CustomerRepository');

/** Where customers are kept. `getById` throws CustomerNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface CustomerRepository {
  getById(id: string): Promise<Customer>;
  save(customer: Customer): Promise<void>;
}
