import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { GetCustomer } from './get-customer.query';

@QueryHandler(GetCustomer)
export class GetCustomerHandler implements IQueryHandler<GetCustomer, Customer> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  execute({ customerId, ownerId }: GetCustomer): Promise<Customer> {
    return this.customers.getById(customerId, ownerId);
  }
}
