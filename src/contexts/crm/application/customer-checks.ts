import { Email } from '@promenade/ddd';
import { CompanyNotFound } from '../domain/company.errors';
import { CompanyRepository } from '../domain/company.repository';
import { CustomerCompanyNotFound, CustomerEmailTaken } from '../domain/customer.errors';
import { CustomerRepository } from '../domain/customer.repository';

/**
 * The checks that need other stored things, shared by create and update. They read before writing;
 * a request racing past the email check is stopped by the unique index (the repository says so).
 */
export async function assertEmailFree(customers: CustomerRepository, email: Email, customerId?: string): Promise<void> {
  const holder = await customers.findLiveByEmail(email);
  if (holder && holder.id !== customerId) throw new CustomerEmailTaken(email.value);
}

export async function assertCompanyExists(companies: CompanyRepository, companyId: string | null): Promise<void> {
  if (companyId === null) return;
  try {
    await companies.getById(companyId);
  } catch (error) {
    throw error instanceof CompanyNotFound ? new CustomerCompanyNotFound(companyId) : error;
  }
}
