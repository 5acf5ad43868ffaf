import request from 'supertest';
import { DataSource } from 'typeorm';
import { Company } from '../../src/contexts/crm/domain/company/company.aggregate';
import { companyDetails } from '../../src/contexts/crm/domain/company/company-details';
import { COMPANY_REPOSITORY, CompanyRepository } from '../../src/contexts/crm/domain/company/company.repository';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const COMPANIES = '/api/v1/crm/companies';
const company = (id: string) => `${COMPANIES}/${id}`;

describe('CRM: companies through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let manager: SignedIn;
  let run = 0;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    manager = await signUp(testApp, { roles: ['manager'] });
  });

  afterAll(() => testApp?.close());

  /** A name no other test of this file uses (they share one database). */
  const unique = (name: string) => `${name} ${++run}`;

  async function create(body: object): Promise<any> {
    const response = await http.post(COMPANIES).set(manager.headers).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  const minimal = (name = unique('Acme')) => ({ name, legalType: 'llc', size: 'small' });
  const setParent = (id: string, parentId: string | null) =>
    http
      .put(`${company(id)}/parent`)
      .set(manager.headers)
      .send({ parentId });

  it('creates a company with every field and reads it back', async () => {
    const name = unique('Acme Retail');
    const created = await create({
      name: `  ${name} `,
      legalType: 'corporation',
      size: 'enterprise',
      industry: 'Retail',
      taxId: 'DE123456789',
      employeeCount: 0,
      annualRevenue: { amount: 1_250_000_000, currency: 'EUR' },
    });

    expect(created).toEqual({
      id: expect.any(String),
      name,
      legalType: 'corporation',
      size: 'enterprise',
      industry: 'Retail',
      taxId: 'DE123456789',
      employeeCount: 0,
      annualRevenue: { amount: 1_250_000_000, currency: 'EUR' },
      parentId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect((await http.get(company(created.id)).set(manager.headers).expect(200)).body).toEqual(created);
  });

  it('refuses a name a live company holds, in any case, with 409 COMPANY_NAME_TAKEN', async () => {
    const name = unique('Globex');
    await create(minimal(name));

    expectProblem(await http.post(COMPANIES).set(manager.headers).send(minimal(name.toUpperCase())), 409, 'COMPANY_NAME_TAKEN');
  });

  it('answers a save that lost the name race to the unique index with COMPANY_NAME_TAKEN (409), not a database error', async () => {
    const companies = testApp.app.get<symbol, CompanyRepository>(COMPANY_REPOSITORY);
    const name = unique('Initech');
    await create(minimal(name));
    // Built without the check, as a concurrent request that read before the first committed would have.
    const racer = Company.create(companyDetails({ name: name.toLowerCase(), legalType: 'llc', size: 'micro' }));

    await expect(companies.save(racer)).rejects.toMatchObject({ code: 'COMPANY_NAME_TAKEN' });
  });

  it.each([
    ['a negative employee count', { employeeCount: -1 }, 'COMPANY_DETAILS_INVALID'],
    ['a blank name', { name: '   ' }, 'COMPANY_DETAILS_INVALID'],
    ['a negative revenue', { annualRevenue: { amount: -100, currency: 'EUR' } }, 'COMPANY_DETAILS_INVALID'],
    ['a revenue in an unknown currency', { annualRevenue: { amount: 100, currency: 'XYZ' } }, 'CURRENCY_INVALID'],
    ['an unknown parent', { parentId: UNKNOWN }, 'COMPANY_PARENT_NOT_FOUND'],
  ])('refuses %s with 422', async (_case, change, code) => {
    expectProblem(
      await http
        .post(COMPANIES)
        .set(manager.headers)
        .send({ ...minimal(), ...change }),
      422,
      code,
    );
  });

  it('refuses an unknown legal type or size with 400', async () => {
    expectProblem(
      await http
        .post(COMPANIES)
        .set(manager.headers)
        .send({ ...minimal(), legalType: 'gmbh' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await http
        .post(COMPANIES)
        .set(manager.headers)
        .send({ ...minimal(), size: 'huge' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('changes some fields with PATCH, keeps the others, and clears one sent as null', async () => {
    const created = await create({ ...minimal(), industry: 'Retail', taxId: 'DE1' });

    const { body } = await http
      .patch(company(created.id))
      .set(manager.headers)
      .send({ size: 'large', taxId: null, employeeCount: 40 })
      .expect(200);

    expect(body).toMatchObject({
      name: created.name,
      legalType: 'llc',
      size: 'large',
      industry: 'Retail',
      taxId: null,
      employeeCount: 40,
      version: 2,
    });
    expectProblem(await http.patch(company(created.id)).set(manager.headers).send({ employeeCount: -2 }), 422, 'COMPANY_DETAILS_INVALID');
    expectProblem(await http.patch(company(created.id)).set(manager.headers).send({ name: null }), 400, 'VALIDATION_FAILED');
    expectProblem(await http.patch(company(UNKNOWN)).set(manager.headers).send({ size: 'large' }), 404, 'COMPANY_NOT_FOUND');
  });

  it('builds a hierarchy, lists subsidiaries, and refuses self, unknown parents and a 3-level cycle', async () => {
    const a = await create(minimal(unique('A')));
    const b = await create({ ...minimal(unique('B')), parentId: a.id });
    const c = await create(minimal(unique('C')));

    const moved = await setParent(c.id, b.id).expect(200);
    expect(moved.body).toMatchObject({ id: c.id, parentId: b.id, version: 2 });

    expectProblem(await setParent(a.id, c.id), 409, 'COMPANY_HIERARCHY_CYCLE');
    expectProblem(await setParent(a.id, a.id), 422, 'COMPANY_PARENT_SELF');
    expectProblem(await setParent(a.id, UNKNOWN), 422, 'COMPANY_PARENT_NOT_FOUND');
    expectProblem(await setParent(UNKNOWN, a.id), 404, 'COMPANY_NOT_FOUND');
    expectProblem(
      await http
        .put(`${company(a.id)}/parent`)
        .set(manager.headers)
        .send({}),
      400,
      'VALIDATION_FAILED',
    );
    expect((await http.get(company(a.id)).set(manager.headers).expect(200)).body.parentId).toBeNull();

    const subsidiaries = await http
      .get(`${company(a.id)}/subsidiaries`)
      .set(manager.headers)
      .expect(200);
    expect(subsidiaries.body).toMatchObject({ page: 1, limit: 20, total: 1, items: [expect.objectContaining({ id: b.id })] });
    const filtered = await http.get(`${COMPANIES}?parentId=${b.id}`).set(manager.headers).expect(200);
    expect(filtered.body.items.map((x: any) => x.id)).toEqual([c.id]);
    expectProblem(await http.get(`${company(UNKNOWN)}/subsidiaries`).set(manager.headers), 404, 'COMPANY_NOT_FOUND');

    const top = await setParent(c.id, null).expect(200);
    expect(top.body.parentId).toBeNull();
  });

  it('refuses to delete a parent with live subsidiaries, then soft-deletes it once they are gone', async () => {
    const parent = await create(minimal(unique('Holding')));
    const child = await create({ ...minimal(unique('Subsidiary')), parentId: parent.id });

    expectProblem(await http.delete(company(parent.id)).set(manager.headers), 409, 'COMPANY_HAS_SUBSIDIARIES');

    await http.delete(company(child.id)).set(manager.headers).expect(204);
    await http.delete(company(parent.id)).set(manager.headers).expect(204);

    expectProblem(await http.get(company(parent.id)).set(manager.headers), 404, 'COMPANY_NOT_FOUND');
    expectProblem(await http.delete(company(parent.id)).set(manager.headers), 404, 'COMPANY_NOT_FOUND');
    expectProblem(
      await http
        .post(COMPANIES)
        .set(manager.headers)
        .send({ ...minimal(), parentId: parent.id }),
      422,
      'COMPANY_PARENT_NOT_FOUND',
    );
    const [row] = await testApp.app.get(DataSource).query('SELECT deleted_at FROM crm.companies WHERE id = $1', [parent.id]);
    expect(row.deleted_at).toBeInstanceOf(Date);
    // Its name is free again.
    await create(minimal(parent.name));
  });

  it('lists live companies newest first, filtered by name, legal type and size, and paged', async () => {
    const tag = unique('Listed');
    const first = await create({ name: `${tag} One`, legalType: 'partnership', size: 'micro' });
    const second = await create({ name: `${tag} Two`, legalType: 'partnership', size: 'micro' });
    await create({ name: `${tag} Three`, legalType: 'non_profit', size: 'micro' });

    const { body } = await http
      .get(`${COMPANIES}?search=${encodeURIComponent(tag.toLowerCase())}&legalType=partnership&size=micro&limit=1&page=2`)
      .set(manager.headers)
      .expect(200);

    expect(body).toMatchObject({ page: 2, limit: 1, total: 2 });
    expect(body.items.map((x: any) => x.id)).toEqual([first.id]);
    expect(second.id > first.id).toBe(true);
  });

  it('needs companies:read and companies:write: a plain user gets 403, an anonymous caller 401', async () => {
    const user = await signUp(testApp);

    expectProblem(await http.get(COMPANIES).set(user.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.post(COMPANIES).set(user.headers).send(minimal()), 403, 'PERMISSION_DENIED');
    expectProblem(await http.get(COMPANIES), 401, 'UNAUTHENTICATED');
  });
});
