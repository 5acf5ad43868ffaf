import { CompanyNameTaken } from './company.errors';
import { CompanyRepository } from './company.repository';

/**
 * Names are unique among live companies, compared without case. Checked on what is read; a concurrent
 * request that takes the name meanwhile is stopped by the unique index when saving (also COMPANY_NAME_TAKEN).
 */
export async function assertCompanyNameFree(
  companies: Pick<CompanyRepository, 'findByName'>,
  name: string,
  companyId?: string,
): Promise<void> {
  const holder = await companies.findByName(name);
  if (holder && holder.id !== companyId) throw new CompanyNameTaken(name);
}
