import { companyDetails } from './company-details';
import { CompanyHierarchy } from './company-hierarchy';
import { Company } from './company.aggregate';
import { CompanyHierarchyCycle, CompanyParentNotFound, CompanyParentSelf } from './company.errors';

/** Live companies by id, as the repository's `find` answers them; counts the lookups. */
function lookup(...companies: Company[]) {
  const byId = new Map(companies.filter((c) => !c.isDeleted).map((c) => [c.id, c]));
  const calls: string[] = [];
  return { calls, find: async (id: string) => (calls.push(id), byId.get(id)) };
}

let counter = 0;
function company(parent?: Company): Company {
  return Company.create(companyDetails({ name: `Company ${++counter}`, legalType: 'llc', size: 'small' }), parent?.id ?? null);
}

describe('CompanyHierarchy', () => {
  it('lets a company hang under a live top-level company', async () => {
    const [a, b] = [company(), company()];

    await expect(new CompanyHierarchy(lookup(a, b)).assertCanHangUnder(a.id, b.id)).resolves.toBeUndefined();
  });

  it('lets a company hang under a deep subsidiary of another branch', async () => {
    const root = company();
    const a = company(root);
    const b = company(root);
    const c = company(b);

    await expect(new CompanyHierarchy(lookup(root, a, b, c)).assertCanHangUnder(a.id, c.id)).resolves.toBeUndefined();
  });

  it('refuses the company itself as parent with COMPANY_PARENT_SELF, without reading anything', async () => {
    const a = company();
    const companies = lookup(a);

    await expect(new CompanyHierarchy(companies).assertCanHangUnder(a.id, a.id)).rejects.toBeInstanceOf(CompanyParentSelf);
    expect(companies.calls).toEqual([]);
  });

  it('refuses a parent that does not exist with COMPANY_PARENT_NOT_FOUND', async () => {
    const a = company();

    const attempt = new CompanyHierarchy(lookup(a)).assertCanHangUnder(a.id, '0190a5b0-7c4e-7d2a-9b3c-000000000000');

    await expect(attempt).rejects.toBeInstanceOf(CompanyParentNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'COMPANY_PARENT_NOT_FOUND', kind: 'invalid' });
  });

  it('refuses a deleted parent with COMPANY_PARENT_NOT_FOUND', async () => {
    const a = company();
    const gone = company();
    gone.delete(0);

    await expect(new CompanyHierarchy(lookup(a, gone)).assertCanHangUnder(a.id, gone.id)).rejects.toBeInstanceOf(CompanyParentNotFound);
  });

  it('refuses a direct subsidiary as parent (A → B, then B as A’s parent) with COMPANY_HIERARCHY_CYCLE', async () => {
    const a = company();
    const b = company(a);

    const attempt = new CompanyHierarchy(lookup(a, b)).assertCanHangUnder(a.id, b.id);

    await expect(attempt).rejects.toBeInstanceOf(CompanyHierarchyCycle);
    await expect(attempt).rejects.toMatchObject({ code: 'COMPANY_HIERARCHY_CYCLE', kind: 'conflict' });
  });

  it('refuses a 3-level cycle: with A → B → C (C under B under A), C cannot become A’s parent', async () => {
    const a = company();
    const b = company(a);
    const c = company(b);
    const companies = lookup(a, b, c);

    await expect(new CompanyHierarchy(companies).assertCanHangUnder(a.id, c.id)).rejects.toBeInstanceOf(CompanyHierarchyCycle);
    // It walked up from C through B to A, through the repository.
    expect(companies.calls).toEqual([c.id, b.id, a.id]);
  });

  it('refuses a cycle many levels deep', async () => {
    const chain = [company()];
    for (let i = 0; i < 10; i++) chain.push(company(chain[chain.length - 1]));

    await expect(new CompanyHierarchy(lookup(...chain)).assertCanHangUnder(chain[0].id, chain[10].id)).rejects.toBeInstanceOf(
      CompanyHierarchyCycle,
    );
  });

  it('ends the walk even if the stored data already loops', async () => {
    const a = company();
    const b = company(a);
    a.changeParent(b.id);
    const outsider = company();

    await expect(new CompanyHierarchy(lookup(a, b, outsider)).assertCanHangUnder(outsider.id, a.id)).resolves.toBeUndefined();
  });
});
