import { Query } from '@nestjs/cqrs';
import { Customer } from '../../domain/customer.aggregate';

export class GetCustomer extends Query<Customer> {
  constructor(readonly customerId: string) {
    super();
  }
}
