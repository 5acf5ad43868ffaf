import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CustomerFilter, CustomerSort } from '../../domain/customer/customer.repository';

export class ListCustomers extends Query<Page<Customer>> {
  constructor(
    readonly filter: CustomerFilter,
    readonly sort: CustomerSort,
    readonly page: number,
    readonly limit: number,
    /** Only customers assigned to this rep are listed; undefined: anyone's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
