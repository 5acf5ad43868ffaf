import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { UpgradeCustomer } from './upgrade-customer.command';

@CommandHandler(UpgradeCustomer)
export class UpgradeCustomerHandler implements ICommandHandler<UpgradeCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, tier, ownerId }: UpgradeCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.upgrade(tier);
    await this.customers.save(customer);
  }
}
