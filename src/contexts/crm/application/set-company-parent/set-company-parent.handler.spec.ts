import { CompanyParentChanged } from '../../domain/events/company-parent-changed.event';
import { Company } from '../../domain/company/company.aggregate';
import { companyDetails } from '../../domain/company/company-details';
import { CompanyHierarchyCycle, CompanyNotFound, CompanyParentNotFound, CompanyParentSelf } from '../../domain/company/company.errors';
import { InMemoryCompanyRepository } from '../testing/in-memory-company.repository';
import { SetCompanyParent } from './set-company-parent.command';
import { SetCompanyParentHandler } from './set-company-parent.handler';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';

describe('SetCompanyParentHandler', () => {
  let companies: InMemoryCompanyRepository;
  let handler: SetCompanyParentHandler;

  beforeEach(() => {
    companies = new InMemoryCompanyRepository();
    handler = new SetCompanyParentHandler(companies);
  });

  async function stored(name: string, parentId: string | null = null): Promise<string> {
    const company = Company.create(companyDetails({ name, legalType: 'llc', size: 'small' }), parentId);
    await companies.save(company);
    companies.published.length = 0;
    return company.id;
  }

  const parentOf = async (id: string) => (await companies.getById(id)).parentId;

  it('moves a company under a live parent, under the hierarchy lock, and raises CompanyParentChanged', async () => {
    const parent = await stored('Acme Holding');
    const child = await stored('Acme Retail');

    await handler.execute(new SetCompanyParent(child, parent));

    expect(await parentOf(child)).toBe(parent);
    expect(companies.published).toEqual([expect.any(CompanyParentChanged)]);
    expect(companies.hierarchyLocks).toBe(1);
  });

  it('moves a company to the top with null', async () => {
    const parent = await stored('Acme Holding');
    const child = await stored('Acme Retail', parent);

    await handler.execute(new SetCompanyParent(child, null));

    expect(await parentOf(child)).toBeNull();
  });

  it('saves nothing when the parent is the one it has', async () => {
    const parent = await stored('Acme Holding');
    const child = await stored('Acme Retail', parent);

    await handler.execute(new SetCompanyParent(child, parent));

    expect((await companies.getById(child)).version).toBe(1);
    expect(companies.published).toEqual([]);
  });

  it('refuses the company itself with COMPANY_PARENT_SELF', async () => {
    const id = await stored('Acme');

    await expect(handler.execute(new SetCompanyParent(id, id))).rejects.toBeInstanceOf(CompanyParentSelf);
  });

  it('refuses an unknown or deleted parent with COMPANY_PARENT_NOT_FOUND', async () => {
    const id = await stored('Acme');
    const gone = await companies.getById(await stored('Gone Ltd'));
    gone.delete(0);
    await companies.save(gone);

    await expect(handler.execute(new SetCompanyParent(id, UNKNOWN))).rejects.toBeInstanceOf(CompanyParentNotFound);
    await expect(handler.execute(new SetCompanyParent(id, gone.id))).rejects.toBeInstanceOf(CompanyParentNotFound);
    expect(await parentOf(id)).toBeNull();
  });

  it('refuses to close a 3-level cycle: A → B → C, then C as A’s parent, with COMPANY_HIERARCHY_CYCLE', async () => {
    const a = await stored('A');
    const b = await stored('B');
    const c = await stored('C');
    await handler.execute(new SetCompanyParent(b, a));
    await handler.execute(new SetCompanyParent(c, b));

    const attempt = handler.execute(new SetCompanyParent(a, c));

    await expect(attempt).rejects.toBeInstanceOf(CompanyHierarchyCycle);
    await expect(attempt).rejects.toMatchObject({ code: 'COMPANY_HIERARCHY_CYCLE' });
    expect([await parentOf(a), await parentOf(b), await parentOf(c)]).toEqual([null, a, b]);
  });

  it('answers COMPANY_NOT_FOUND when the company moved is unknown or deleted', async () => {
    const parent = await stored('Acme Holding');

    await expect(handler.execute(new SetCompanyParent(UNKNOWN, parent))).rejects.toBeInstanceOf(CompanyNotFound);
  });
});
