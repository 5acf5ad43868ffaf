import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { DowngradeCustomer } from './downgrade-customer.command';

@CommandHandler(DowngradeCustomer)
export class DowngradeCustomerHandler implements ICommandHandler<DowngradeCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, tier, ownerId }: DowngradeCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.downgrade(tier);
    await this.customers.save(customer);
  }
}
