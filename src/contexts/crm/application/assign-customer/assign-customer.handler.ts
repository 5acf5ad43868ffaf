import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { AssignCustomer } from './assign-customer.command';

@CommandHandler(AssignCustomer)
export class AssignCustomerHandler implements ICommandHandler<AssignCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, repId, ownerId }: AssignCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.assign(repId);
    await this.customers.save(customer);
  }
}
