import { companyDetails } from './company-details';
import { assertCompanyNameFree } from './company-name-uniqueness';
import { Company } from './company.aggregate';
import { CompanyNameTaken } from './company.errors';

describe('assertCompanyNameFree', () => {
  const acme = Company.create(companyDetails({ name: 'Acme', legalType: 'llc', size: 'small' }));
  const companies = { findByName: async (name: string) => (name.toLowerCase() === 'acme' ? acme : undefined) };

  it('accepts a name no live company holds', async () => {
    await expect(assertCompanyNameFree(companies, 'Globex')).resolves.toBeUndefined();
  });

  it('refuses a name another live company holds, in any case, with COMPANY_NAME_TAKEN', async () => {
    const attempt = assertCompanyNameFree(companies, 'ACME');

    await expect(attempt).rejects.toBeInstanceOf(CompanyNameTaken);
    await expect(attempt).rejects.toMatchObject({ code: 'COMPANY_NAME_TAKEN', kind: 'conflict' });
  });

  it('lets a company keep its own name', async () => {
    await expect(assertCompanyNameFree(companies, 'acme', acme.id)).resolves.toBeUndefined();
  });
});
