import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Email } from '@promenade/ddd';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { Customer } from '../../domain/customer/customer.aggregate';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { assertCompanyExists, assertEmailFree } from '../customer-checks';
import { CreateCustomer } from './create-customer.command';

@CommandHandler(CreateCustomer)
export class CreateCustomerHandler implements ICommandHandler<CreateCustomer, string> {
  constructor(
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository,
  ) {}

  async execute({ details, callerScope }: CreateCustomer): Promise<string> {
    const email = Email.of(details.email);
    const companyId = details.companyId ?? null;
    await assertEmailFree(this.customers, email, undefined, callerScope);
    await assertCompanyExists(this.companies, companyId);
    const customer = Customer.create({ ...details, email, phone: details.phone ?? null, companyId });
    await this.customers.save(customer);
    return customer.id;
  }
}
