import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Customer } from '../../domain/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer.repository';
import { CreateCustomer } from './create-customer.command';

@CommandHandler(CreateCustomer)
export class CreateCustomerHandler implements ICommandHandler<CreateCustomer, string> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute(_command: CreateCustomer): Promise<string> {
    const customer = Customer.create();
    await this.customers.save(customer);
    return customer.id;
  }
}
