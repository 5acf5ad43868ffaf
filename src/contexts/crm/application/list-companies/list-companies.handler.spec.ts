import { Company } from '../../domain/company/company.aggregate';
import { companyDetails, CompanyDetailsInput } from '../../domain/company/company-details';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { ListCompanies } from './list-companies.query';
import { ListCompaniesHandler } from './list-companies.handler';

describe('ListCompaniesHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: ListCompaniesHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new ListCompaniesHandler(companies);
  });

  async function stored(name: string, more: Partial<CompanyDetailsInput> = {}): Promise<Company> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small', ...more }));
    await companies.save(company);
    return company;
  }

  it('answers the requested page, newest first, with the total count', async () => {
    const made = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) made.push(await stored(name));
    const newestFirst = made.map((c) => c.id).reverse();

    const page = await handler.execute(new ListCompanies({}, 2, 2));

    expect(page).toMatchObject({ page: 2, limit: 2, total: 5 });
    expect(page.items.map((c) => c.id)).toEqual(newestFirst.slice(2, 4));
  });

  it('filters by part of the name in any case, legal type and size', async () => {
    const acme = await stored('Acme Retail', { legalType: 'corporation', size: 'large' });
    await stored('Acme Foods', { legalType: 'llc', size: 'large' });
    await stored('Globex', { legalType: 'corporation', size: 'large' });

    const page = await handler.execute(new ListCompanies({ search: 'acme', legalType: 'corporation', size: 'large' }, 1, 10));

    expect(page.items.map((c) => c.id)).toEqual([acme.id]);
  });

  it('leaves deleted companies out', async () => {
    const gone = await stored('Gone Ltd');
    const kept = await stored('Acme');
    gone.delete(0);
    await companies.save(gone);

    const page = await handler.execute(new ListCompanies({}, 1, 10));

    expect(page).toMatchObject({ total: 1, items: [expect.objectContaining({ id: kept.id })] });
  });

  it('turns the page number into an offset for the repository', async () => {
    const findPage = jest.spyOn(companies, 'findPage');

    await handler.execute(new ListCompanies({ size: 'micro' }, 3, 10));

    expect(findPage).toHaveBeenCalledWith({ size: 'micro' }, 20, 10);
  });
});
