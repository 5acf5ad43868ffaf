import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyNotFound } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { GetCompany } from './get-company.query';
import { GetCompanyHandler } from './get-company.handler';

describe('GetCompanyHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: GetCompanyHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new GetCompanyHandler(companies);
  });

  async function stored(name: string): Promise<Company> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small' }));
    await companies.save(company);
    return company;
  }

  it('answers the stored company', async () => {
    const company = await stored('Acme');

    await expect(handler.execute(new GetCompany(company.id))).resolves.toMatchObject({ id: company.id, name: 'Acme', version: 1 });
  });

  it('refuses an unknown id with COMPANY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCompany('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'COMPANY_NOT_FOUND',
    });
  });

  it('answers COMPANY_NOT_FOUND for a deleted company', async () => {
    const company = await stored('Acme');
    company.delete(0);
    await companies.save(company);

    await expect(handler.execute(new GetCompany(company.id))).rejects.toBeInstanceOf(CompanyNotFound);
  });
});
