import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { RemoveCustomerTag } from './remove-customer-tag.command';

@CommandHandler(RemoveCustomerTag)
export class RemoveCustomerTagHandler implements ICommandHandler<RemoveCustomerTag, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, tag, ownerId }: RemoveCustomerTag): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.removeTag(tag);
    await this.customers.save(customer);
  }
}
