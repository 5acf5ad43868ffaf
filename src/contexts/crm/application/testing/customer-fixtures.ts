import { Email } from '@promenade/ddd';
import { Company } from '../../domain/company/company.aggregate';
import { CompanyNotFound } from '../../domain/company/company.errors';
import { CompanyRepository } from '../../domain/company/company.repository';
import { Customer, NewCustomer } from '../../domain/customer/customer.aggregate';
import { CustomerStatus } from '../../domain/customer/customer-status';
import { CustomerTier } from '../../domain/customer/customer-tier';
import { InMemoryCustomerRepository } from './in-memory-customer.repository';

export const REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405101';
export const OTHER_REP = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405102';
export const USER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405201';
export const COMPANY = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405301';
export const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

export const newCustomer = (overrides: Partial<NewCustomer> = {}): NewCustomer => ({
  name: 'Ada Lovelace',
  email: Email.of('ada@example.com'),
  phone: null,
  source: 'inbound',
  companyId: null,
  assignedTo: REP,
  ...overrides,
});

/** Stores a customer brought to `status` and `tier` (at version 1), clears what it published, and answers its id. */
export async function storedCustomer(
  customers: InMemoryCustomerRepository,
  status: CustomerStatus = 'lead',
  overrides: Partial<NewCustomer> = {},
  tier: CustomerTier = 'free',
): Promise<string> {
  const customer = Customer.create(newCustomer(overrides));
  if (status !== 'lead') customer.qualify();
  if (status === 'customer' || status === 'churned') customer.convert();
  if (status === 'churned') customer.churn('too expensive');
  if (tier !== 'free') customer.upgrade(tier);
  await customers.save(customer);
  customers.published.length = 0;
  return customer.id;
}

/** A company store that knows only the ids given: enough for the "company must exist" check. */
export function companiesKnowing(...ids: string[]): CompanyRepository {
  return {
    getById: async (id: string) => {
      if (!ids.includes(id)) throw new CompanyNotFound(id);
      return { id } as Company;
    },
  } as CompanyRepository;
}
