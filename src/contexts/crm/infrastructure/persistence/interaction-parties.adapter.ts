import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@promenade/ddd';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../domain/company/company.repository';
import { CUSTOMER_REPOSITORY, CustomerRepository } from '../../domain/customer/customer.repository';
import { InteractionParties } from '../../domain/interaction/interaction-parties';

/** Asks the customer and company repositories, so "exists" means what they mean (soft-deleted ones do not). */
@Injectable()
export class InteractionPartiesAdapter implements InteractionParties {
  constructor(
    @Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository,
    @Inject(COMPANY_REPOSITORY) private readonly companies: CompanyRepository,
  ) {}

  customerExists(customerId: string, customerScope?: string): Promise<boolean> {
    return found(() => this.customers.getById(customerId, customerScope));
  }

  companyExists(companyId: string): Promise<boolean> {
    return found(() => this.companies.getById(companyId));
  }
}

async function found(load: () => Promise<unknown>): Promise<boolean> {
  try {
    await load();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not_found') return false;
    throw error;
  }
}
