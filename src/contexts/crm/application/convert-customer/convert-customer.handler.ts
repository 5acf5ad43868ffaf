import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { ConvertCustomer } from './convert-customer.command';

@CommandHandler(ConvertCustomer)
export class ConvertCustomerHandler implements ICommandHandler<ConvertCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, ownerId }: ConvertCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.convert();
    await this.customers.save(customer);
  }
}
