import { CompanyUpdated } from '../../domain/events/company-updated.event';
import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyDetailsInvalid, CompanyNameTaken, CompanyNotFound } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { UpdateCompany } from './update-company.command';
import { UpdateCompanyHandler } from './update-company.handler';

describe('UpdateCompanyHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: UpdateCompanyHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new UpdateCompanyHandler(companies);
  });

  async function stored(name: string): Promise<string> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small', industry: 'Retail' }));
    await companies.save(company);
    companies.published.length = 0;
    return company.id;
  }

  it('saves the changed fields, keeps the others and raises CompanyUpdated', async () => {
    const id = await stored('Acme');

    await handler.execute(new UpdateCompany(id, { name: 'Acme Corp', legalType: 'corporation', employeeCount: 250, taxId: null }));

    expect(await companies.getById(id)).toMatchObject({
      name: 'Acme Corp',
      legalType: 'corporation',
      size: 'small',
      industry: 'Retail',
      employeeCount: 250,
      version: 2,
    });
    expect(companies.published).toEqual([expect.any(CompanyUpdated)]);
  });

  it('saves nothing when nothing changes', async () => {
    const id = await stored('Acme');

    await handler.execute(new UpdateCompany(id, { name: 'Acme', size: 'small' }));

    expect((await companies.getById(id)).version).toBe(1);
    expect(companies.published).toEqual([]);
  });

  it('lets a company change the case of its own name', async () => {
    const id = await stored('Acme');

    await handler.execute(new UpdateCompany(id, { name: 'ACME' }));

    expect((await companies.getById(id)).name).toBe('ACME');
  });

  it("refuses another live company's name, in any case, with COMPANY_NAME_TAKEN", async () => {
    await stored('Globex');
    const id = await stored('Acme');

    await expect(handler.execute(new UpdateCompany(id, { name: 'globex' }))).rejects.toBeInstanceOf(CompanyNameTaken);
    expect((await companies.getById(id)).name).toBe('Acme');
  });

  it('refuses a negative employee count with COMPANY_DETAILS_INVALID', async () => {
    const id = await stored('Acme');

    await expect(handler.execute(new UpdateCompany(id, { employeeCount: -3 }))).rejects.toBeInstanceOf(CompanyDetailsInvalid);
    expect((await companies.getById(id)).version).toBe(1);
  });

  it('answers COMPANY_NOT_FOUND for an unknown or deleted company', async () => {
    const id = await stored('Acme');
    const company = await companies.getById(id);
    company.delete(0);
    await companies.save(company);

    await expect(handler.execute(new UpdateCompany(id, { size: 'large' }))).rejects.toBeInstanceOf(CompanyNotFound);
    await expect(handler.execute(new UpdateCompany('0190a5b0-7c4e-7d2a-9b3c-000000000000', { size: 'large' }))).rejects.toBeInstanceOf(
      CompanyNotFound,
    );
  });
});
