import { Logger } from '@nestjs/common';
import { Email } from '@promenade/ddd';
import { CompanyNotFound } from '../domain/company/company.errors';
import { CompanyRepository } from '../domain/company/company.repository';
import { CustomerCompanyNotFound, CustomerEmailTaken } from '../domain/customer/customer.errors';
import { CustomerRepository } from '../domain/customer/customer.repository';

/**
 * The checks that need other stored things, shared by create and update. They read before writing;
 * a request racing past the email check is stopped by the unique index (the repository says so).
 */
const logger = new Logger('CustomerEmailUniqueness');

/**
 * Emails are unique among all live customers, so a refusal tells the caller the address is held
 * somewhere in the CRM; the answer is the same whoever holds it and names nothing stored (see the
 * README, "What a rep can learn"). `callerScope` is the rep the caller is limited to: when the holder
 * is not theirs, the collision is logged (ids only) so that probing for other reps' customers shows.
 */
export async function assertEmailFree(
  customers: CustomerRepository,
  email: Email,
  customerId?: string,
  callerScope?: string,
): Promise<void> {
  const holder = await customers.findLiveByEmail(email);
  if (!holder || holder.id === customerId) return;
  if (callerScope !== undefined && holder.assignedTo !== callerScope) {
    logger.warn(`rep ${callerScope} named the email of customer ${holder.id}, which is outside their scope; answered CUSTOMER_EMAIL_TAKEN`);
  }
  throw new CustomerEmailTaken(email.value);
}

export async function assertCompanyExists(companies: CompanyRepository, companyId: string | null): Promise<void> {
  if (companyId === null) return;
  try {
    await companies.getById(companyId);
  } catch (error) {
    throw error instanceof CompanyNotFound ? new CustomerCompanyNotFound(companyId) : error;
  }
}
