import { InvalidCurrency } from '@promenade/ddd';
import { CompanyCreated } from '../../domain/events/company-created.event';
import { CompanyDetailsInput } from '../../domain/company/company-details';
import { CompanyDetailsInvalid, CompanyNameTaken, CompanyParentNotFound } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { CreateCompany } from './create-company.command';
import { CreateCompanyHandler } from './create-company.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const details = (name: string, more: Partial<CompanyDetailsInput> = {}): CompanyDetailsInput => ({
  name,
  legalType: 'llc',
  size: 'small',
  ...more,
});

describe('CreateCompanyHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: CreateCompanyHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new CreateCompanyHandler(companies);
  });

  async function storedCount(): Promise<number> {
    return (await companies.findPage({}, 0, 100)).total;
  }

  it('saves a new top-level company with every field, raises CompanyCreated and answers its id', async () => {
    const id = await handler.execute(
      new CreateCompany(
        details('Acme', { industry: 'Retail', taxId: 'DE1', employeeCount: 12, annualRevenue: { amount: 99_00, currency: 'EUR' } }),
      ),
    );

    const company = await companies.getById(id);
    expect(company).toMatchObject({
      name: 'Acme',
      legalType: 'llc',
      size: 'small',
      industry: 'Retail',
      taxId: 'DE1',
      employeeCount: 12,
      parentId: null,
      version: 1,
    });
    expect(company.annualRevenue?.toJSON()).toEqual({ amount: 9900, currency: 'EUR' });
    expect(companies.published).toEqual([expect.any(CompanyCreated)]);
    expect(companies.hierarchyLocks).toBe(0);
  });

  it('creates a subsidiary of a live parent, under the hierarchy lock', async () => {
    const parentId = await handler.execute(new CreateCompany(details('Acme Holding')));

    const id = await handler.execute(new CreateCompany(details('Acme Retail'), parentId));

    expect((await companies.getById(id)).parentId).toBe(parentId);
    expect(companies.hierarchyLocks).toBe(1);
  });

  it('refuses an unknown parent with COMPANY_PARENT_NOT_FOUND and stores nothing', async () => {
    await expect(handler.execute(new CreateCompany(details('Acme'), UNKNOWN))).rejects.toBeInstanceOf(CompanyParentNotFound);
    expect(await storedCount()).toBe(0);
  });

  it('refuses a deleted parent with COMPANY_PARENT_NOT_FOUND', async () => {
    const parentId = await handler.execute(new CreateCompany(details('Gone Ltd')));
    const parent = await companies.getById(parentId);
    parent.delete(0);
    await companies.save(parent);

    await expect(handler.execute(new CreateCompany(details('Acme'), parentId))).rejects.toMatchObject({ code: 'COMPANY_PARENT_NOT_FOUND' });
  });

  it('refuses a name a live company holds, in any case, with COMPANY_NAME_TAKEN', async () => {
    await handler.execute(new CreateCompany(details('Acme')));

    const attempt = handler.execute(new CreateCompany(details('  aCME ')));

    await expect(attempt).rejects.toBeInstanceOf(CompanyNameTaken);
    expect(await storedCount()).toBe(1);
  });

  it('lets a name be used again once its company was deleted', async () => {
    const first = await companies.getById(await handler.execute(new CreateCompany(details('Acme'))));
    first.delete(0);
    await companies.save(first);

    const id = await handler.execute(new CreateCompany(details('ACME')));

    expect((await companies.getById(id)).name).toBe('ACME');
  });

  it('refuses broken details with COMPANY_DETAILS_INVALID and stores nothing', async () => {
    await expect(handler.execute(new CreateCompany(details('Acme', { employeeCount: -1 })))).rejects.toBeInstanceOf(CompanyDetailsInvalid);
    await expect(handler.execute(new CreateCompany(details('Acme', { legalType: 'gmbh' })))).rejects.toBeInstanceOf(CompanyDetailsInvalid);
    await expect(
      handler.execute(new CreateCompany(details('Acme', { annualRevenue: { amount: 1, currency: 'EURO' } }))),
    ).rejects.toBeInstanceOf(InvalidCurrency);
    expect(await storedCount()).toBe(0);
  });
});
