import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { ChurnCustomer } from './churn-customer.command';

@CommandHandler(ChurnCustomer)
export class ChurnCustomerHandler implements ICommandHandler<ChurnCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, reason, ownerId }: ChurnCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.churn(reason);
    await this.customers.save(customer);
  }
}
