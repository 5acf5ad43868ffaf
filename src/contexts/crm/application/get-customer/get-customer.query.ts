import { Query } from '@nestjs/cqrs';
import { Customer } from '../../domain/customer/customer.aggregate';

export class GetCustomer extends Query<Customer> {
  constructor(
    readonly customerId: string,
    /** Only customers assigned to this rep are reachable; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
