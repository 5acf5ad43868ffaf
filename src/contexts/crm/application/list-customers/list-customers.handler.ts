import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { ListCustomers } from './list-customers.query';

@QueryHandler(ListCustomers)
export class ListCustomersHandler implements IQueryHandler<ListCustomers, Page<Customer>> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ filter, sort, page, limit, ownerId }: ListCustomers): Promise<Page<Customer>> {
    // The owner scope wins over the filter: a rep limited to their own never lists another rep's customers.
    const scoped = { ...filter, assignedTo: ownerId ?? filter.assignedTo };
    const { items, total } = await this.customers.findPage(scoped, sort, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
