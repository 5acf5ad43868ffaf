import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { ReactivateCustomer } from './reactivate-customer.command';

@CommandHandler(ReactivateCustomer)
export class ReactivateCustomerHandler implements ICommandHandler<ReactivateCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, ownerId }: ReactivateCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.reactivate();
    await this.customers.save(customer);
  }
}
