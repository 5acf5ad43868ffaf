import { CompanyDeleted } from '../../domain/events/company-deleted.event';
import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyHasSubsidiaries, CompanyNotFound } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { DeleteCompany } from './delete-company.command';
import { DeleteCompanyHandler } from './delete-company.handler';

describe('DeleteCompanyHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: DeleteCompanyHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new DeleteCompanyHandler(companies);
  });

  async function stored(name: string, parentId: string | null = null): Promise<string> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small' }), parentId);
    await companies.save(company);
    companies.published.length = 0;
    return company.id;
  }

  it('soft-deletes the company under the hierarchy lock: gone for reading, still stored, CompanyDeleted raised', async () => {
    const id = await stored('Acme');

    await handler.execute(new DeleteCompany(id));

    await expect(companies.getById(id)).rejects.toBeInstanceOf(CompanyNotFound);
    expect(companies.stored(id)?.deletedAt).toBeInstanceOf(Date);
    expect(companies.published).toEqual([expect.any(CompanyDeleted)]);
    expect(companies.hierarchyLocks).toBe(1);
  });

  it('refuses to delete a parent with a live subsidiary with COMPANY_HAS_SUBSIDIARIES, and keeps it', async () => {
    const parent = await stored('Acme Holding');
    await stored('Acme Retail', parent);

    const attempt = handler.execute(new DeleteCompany(parent));

    await expect(attempt).rejects.toBeInstanceOf(CompanyHasSubsidiaries);
    await expect(attempt).rejects.toMatchObject({ code: 'COMPANY_HAS_SUBSIDIARIES', kind: 'conflict' });
    expect((await companies.getById(parent)).isDeleted).toBe(false);
  });

  it('deletes a parent once its subsidiaries are deleted', async () => {
    const parent = await stored('Acme Holding');
    const subsidiary = await stored('Acme Retail', parent);
    await handler.execute(new DeleteCompany(subsidiary));

    await handler.execute(new DeleteCompany(parent));

    expect(companies.stored(parent)?.isDeleted).toBe(true);
  });

  it('answers COMPANY_NOT_FOUND when deleting twice or an unknown company', async () => {
    const id = await stored('Acme');
    await handler.execute(new DeleteCompany(id));

    await expect(handler.execute(new DeleteCompany(id))).rejects.toMatchObject({ code: 'COMPANY_NOT_FOUND' });
    await expect(handler.execute(new DeleteCompany('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toBeInstanceOf(CompanyNotFound);
    expect(companies.published).toHaveLength(1);
  });
});
