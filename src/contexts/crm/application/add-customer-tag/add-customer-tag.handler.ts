import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { AddCustomerTag } from './add-customer-tag.command';

@CommandHandler(AddCustomerTag)
export class AddCustomerTagHandler implements ICommandHandler<AddCustomerTag, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, tag, ownerId }: AddCustomerTag): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.addTag(tag);
    await this.customers.save(customer);
  }
}
