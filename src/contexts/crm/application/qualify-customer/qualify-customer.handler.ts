import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { QualifyCustomer } from './qualify-customer.command';

@CommandHandler(QualifyCustomer)
export class QualifyCustomerHandler implements ICommandHandler<QualifyCustomer, void> {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  async execute({ customerId, ownerId }: QualifyCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    customer.qualify();
    await this.customers.save(customer);
  }
}
