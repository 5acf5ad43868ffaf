import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Email, Patch } from '@promenade/ddd';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { CustomerDetails } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { assertCompanyExists, assertEmailFree } from '../customer-checks';
import { UpdateCustomer } from './update-customer.command';

@CommandHandler(UpdateCustomer)
export class UpdateCustomerHandler implements ICommandHandler<UpdateCustomer, void> {
  constructor(
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository,
  ) {}

  async execute({ customerId, changes, ownerId }: UpdateCustomer): Promise<void> {
    const customer = await this.customers.getById(customerId, ownerId);
    const { email, ...rest } = changes;
    const details: Patch<CustomerDetails> = { ...rest };
    if (email !== undefined) {
      details.email = Email.of(email);
      await assertEmailFree(this.customers, details.email, customer.id, ownerId);
    }
    // Only a newly named company is checked: keeping one that was deleted since is not this request's doing.
    if (changes.companyId !== undefined && changes.companyId !== customer.companyId)
      await assertCompanyExists(this.companies, changes.companyId);
    if (customer.changeDetails(details)) await this.customers.save(customer);
  }
}
