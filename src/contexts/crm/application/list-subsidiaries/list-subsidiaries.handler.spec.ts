import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyNotFound } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { ListSubsidiaries } from './list-subsidiaries.query';
import { ListSubsidiariesHandler } from './list-subsidiaries.handler';

describe('ListSubsidiariesHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: ListSubsidiariesHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new ListSubsidiariesHandler(companies);
  });

  async function stored(name: string, parent?: Company): Promise<Company> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small' }), parent?.id ?? null);
    await companies.save(company);
    return company;
  }

  it('lists the live direct subsidiaries, newest first, not the grandchildren nor other branches', async () => {
    const holding = await stored('Holding');
    const retail = await stored('Retail', holding);
    const foods = await stored('Foods', holding);
    await stored('Retail East', retail);
    await stored('Elsewhere');
    const gone = await stored('Gone', holding);
    gone.delete(0);
    await companies.save(gone);

    const page = await handler.execute(new ListSubsidiaries(holding.id, 1, 10));

    expect(page).toMatchObject({ page: 1, limit: 10, total: 2 });
    expect(page.items.map((c) => c.id)).toEqual([foods.id, retail.id]);
  });

  it('answers an empty page for a company without subsidiaries', async () => {
    const lone = await stored('Lone');

    await expect(handler.execute(new ListSubsidiaries(lone.id, 1, 20))).resolves.toEqual({ items: [], page: 1, limit: 20, total: 0 });
  });

  it('answers COMPANY_NOT_FOUND for an unknown company', async () => {
    await expect(handler.execute(new ListSubsidiaries('0190a5b0-7c4e-7d2a-9b3c-000000000000', 1, 20))).rejects.toBeInstanceOf(
      CompanyNotFound,
    );
  });
});
