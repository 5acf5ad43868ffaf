import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { DeleteCustomer } from './delete-customer.command';

@CommandHandler(DeleteCustomer)
export class DeleteCustomerHandler implements ICommandHandler<DeleteCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, ownerId }: DeleteCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.delete();
    await this.customers.save(customer);
  }
}
