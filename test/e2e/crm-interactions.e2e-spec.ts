import request from 'supertest';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const INTERACTIONS = '/api/v1/crm/interactions';
const interaction = (id: string) => `${INTERACTIONS}/${id}`;

describe('CRM: interactions through HTTP', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let rep: SignedIn;
  let customerId: string;
  let companyId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    http = request(testApp.url);
    rep = await signUp(testApp, { roles: ['admin'] });
    const customer = await http
      .post('/api/v1/crm/customers')
      .set(rep.headers)
      .send({ name: 'Ada Lovelace', email: `ada-${Date.now()}@example.com`, source: 'inbound', assignedTo: rep.userId });
    expect(customer.status).toBe(201);
    customerId = customer.body.id;
    const company = await http
      .post('/api/v1/crm/companies')
      .set(rep.headers)
      .send({ name: `Analytical Engines ${Date.now()}`, legalType: 'llc', size: 'small' });
    expect(company.status).toBe(201);
    companyId = company.body.id;
  });

  afterAll(() => testApp?.close());

  const call = (overrides: object = {}) => ({
    type: 'call',
    direction: 'outbound',
    subject: 'Renewal of the pro plan',
    description: 'They want a quote for 25 seats.',
    customerId,
    startedAt: '2026-03-02T09:00:00Z',
    ...overrides,
  });

  async function create(body: object): Promise<any> {
    const response = await http.post(INTERACTIONS).set(rep.headers).send(body);
    expect(response.status).toBe(201);
    return response.body;
  }

  it('logs an open call, answers it whole, and gets it back', async () => {
    const created = await create(call({ companyId, attendees: ['ada@example.com'] }));

    expect(created).toEqual({
      id: expect.any(String),
      type: 'call',
      direction: 'outbound',
      subject: 'Renewal of the pro plan',
      description: 'They want a quote for 25 seats.',
      customerId,
      companyId,
      startedAt: '2026-03-02T09:00:00.000Z',
      endedAt: null,
      durationSeconds: null,
      outcome: null,
      followUpRequired: false,
      followUpAt: null,
      attendees: ['ada@example.com'],
      loggedBy: rep.userId,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const fetched = await http.get(interaction(created.id)).set(rep.headers);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created);
  });

  it('ends an interaction once, computing its duration; a second end is 409 INTERACTION_ALREADY_ENDED', async () => {
    const { id } = await create(call());

    const ended = await http
      .post(`${interaction(id)}/end`)
      .set(rep.headers)
      .send({ endedAt: '2026-03-02T09:25:00Z', outcome: 'successful' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ endedAt: '2026-03-02T09:25:00.000Z', durationSeconds: 1500, outcome: 'successful', version: 2 });

    expectProblem(await http.post(`${interaction(id)}/end`).set(rep.headers), 409, 'INTERACTION_ALREADY_ENDED');
  });

  it('ends now when the body is left out', async () => {
    const { id } = await create(call({ startedAt: new Date(Date.now() - 60_000).toISOString() }));

    const ended = await http.post(`${interaction(id)}/end`).set(rep.headers);

    expect(ended.status).toBe(200);
    expect(ended.body.durationSeconds).toBeGreaterThanOrEqual(59);
  });

  it('refuses an end before the start, at creation and when ending, with 422 INTERACTION_END_BEFORE_START', async () => {
    expectProblem(
      await http
        .post(INTERACTIONS)
        .set(rep.headers)
        .send(call({ endedAt: '2026-03-02T08:00:00Z' })),
      422,
      'INTERACTION_END_BEFORE_START',
    );
    const { id } = await create(call());
    expectProblem(
      await http
        .post(`${interaction(id)}/end`)
        .set(rep.headers)
        .send({ endedAt: '2026-03-01T00:00:00Z' }),
      422,
      'INTERACTION_END_BEFORE_START',
    );
  });

  it.each([
    [{ customerId: undefined }, 'INTERACTION_PARTY_REQUIRED'],
    [{ customerId: UNKNOWN }, 'INTERACTION_CUSTOMER_UNKNOWN'],
    [{ companyId: UNKNOWN }, 'INTERACTION_COMPANY_UNKNOWN'],
    [{ followUpRequired: true }, 'INTERACTION_FOLLOW_UP_DATE_REQUIRED'],
    [{ followUpRequired: false, followUpAt: '2026-03-09T09:00:00Z' }, 'INTERACTION_FOLLOW_UP_NOT_REQUIRED'],
    [{ subject: '   ' }, 'INTERACTION_SUBJECT_REQUIRED'],
    [{ attendees: ['ada@example.com', 'ADA@example.com'] }, 'INTERACTION_ATTENDEE_DUPLICATE'],
  ])('refuses %p with 422 %s', async (overrides, code) => {
    expectProblem(await http.post(INTERACTIONS).set(rep.headers).send(call(overrides)), 422, code);
  });

  it.each([
    [{ type: 'fax' }],
    [{ direction: 'up' }],
    [{ outcome: 'maybe' }],
    [{ attendees: ['Ada'] }],
    [{ startedAt: 'yesterday' }],
    [{ loggedBy: UNKNOWN }],
  ])('refuses the malformed body %p with 400', async (overrides) => {
    expectProblem(await http.post(INTERACTIONS).set(rep.headers).send(call(overrides)), 400, 'VALIDATION_FAILED');
  });

  it('changes only the fields sent, clears with null, and keeps at least one party', async () => {
    const { id } = await create(call({ companyId }));

    const changed = await http
      .patch(interaction(id))
      .set(rep.headers)
      .send({ type: 'meeting', customerId: null, followUpAt: '2026-03-09T09:00:00Z' });

    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      type: 'meeting',
      customerId: null,
      companyId,
      subject: 'Renewal of the pro plan',
      followUpRequired: true,
      version: 2,
    });
    expectProblem(await http.patch(interaction(id)).set(rep.headers).send({ companyId: null }), 422, 'INTERACTION_PARTY_REQUIRED');
    expectProblem(await http.patch(interaction(id)).set(rep.headers).send({ subject: null }), 400, 'VALIDATION_FAILED');
    expectProblem(await http.patch(interaction(id)).set(rep.headers).send({ endedAt: '2026-03-02T10:00:00Z' }), 400, 'VALIDATION_FAILED');
  });

  it('lists interactions newest first, filtered and paged', async () => {
    const email = await create(call({ type: 'email', customerId: undefined, companyId }));
    const sms = await create(call({ type: 'sms', customerId: undefined, companyId }));

    const page = await http.get(INTERACTIONS).query({ companyId, type: 'sms' }).set(rep.headers);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(page.body.items.map((i: { id: string }) => i.id)).toEqual([sms.id]);

    const both = await http.get(INTERACTIONS).query({ companyId, limit: 100 }).set(rep.headers);
    const ids = both.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(sms.id)).toBeLessThan(ids.indexOf(email.id));
  });

  it('lists pending follow-ups due by a date, soonest first, at the static follow-ups route', async () => {
    const far = await create(call({ startedAt: '2031-01-01T00:00:00Z', followUpAt: '2031-01-10T00:00:00Z' }));
    const later = await create(call({ startedAt: '2031-01-01T00:00:00Z', followUpAt: '2031-01-03T00:00:00Z' }));
    const sooner = await create(call({ startedAt: '2031-01-01T00:00:00Z', followUpRequired: true, followUpAt: '2031-01-02T00:00:00Z' }));

    const due = await http.get(`${INTERACTIONS}/follow-ups`).query({ due: '2031-01-05T00:00:00Z', limit: 100 }).set(rep.headers);

    expect(due.status).toBe(200);
    const ids = due.body.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([sooner.id, later.id]));
    expect(ids).not.toContain(far.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));

    const all = await http.get(`${INTERACTIONS}/follow-ups`).query({ limit: 100 }).set(rep.headers);
    expect(all.body.items.map((i: { id: string }) => i.id)).toContain(far.id);

    expectProblem(await http.get(`${INTERACTIONS}/follow-ups`).query({ due: 'soon' }).set(rep.headers), 400, 'VALIDATION_FAILED');
  });

  it('deletes softly: 204, then 404 INTERACTION_NOT_FOUND everywhere, and gone from lists', async () => {
    const { id } = await create(call({ followUpAt: '2026-03-05T00:00:00Z' }));

    expect((await http.delete(interaction(id)).set(rep.headers)).status).toBe(204);

    expectProblem(await http.get(interaction(id)).set(rep.headers), 404, 'INTERACTION_NOT_FOUND');
    expectProblem(await http.delete(interaction(id)).set(rep.headers), 404, 'INTERACTION_NOT_FOUND');
    expectProblem(await http.post(`${interaction(id)}/end`).set(rep.headers), 404, 'INTERACTION_NOT_FOUND');
    expectProblem(await http.patch(interaction(id)).set(rep.headers).send({ subject: 'x' }), 404, 'INTERACTION_NOT_FOUND');
    const followUps = await http.get(`${INTERACTIONS}/follow-ups`).query({ limit: 100 }).set(rep.headers);
    expect(followUps.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  describe('a rep reaches only the interactions about their own customers (and those about no customer)', () => {
    let owner: SignedIn;
    let outsider: SignedIn;
    let ownersCustomer: string;
    let about: string;
    let companyOnly: string;

    beforeAll(async () => {
      [owner, outsider] = await Promise.all([signUp(testApp, { roles: ['manager'] }), signUp(testApp, { roles: ['manager'] })]);
      const customer = await http
        .post('/api/v1/crm/customers')
        .set(owner.headers)
        .send({ name: 'Grace Hopper', email: `grace-${Date.now()}@example.com`, source: 'inbound', assignedTo: owner.userId });
      expect(customer.status).toBe(201);
      ownersCustomer = customer.body.id;
      about = (
        await http
          .post(INTERACTIONS)
          .set(owner.headers)
          .send(call({ customerId: ownersCustomer, followUpAt: '2032-01-02T00:00:00Z' }))
          .expect(201)
      ).body.id;
      companyOnly = (
        await http
          .post(INTERACTIONS)
          .set(owner.headers)
          .send(call({ customerId: undefined, companyId }))
          .expect(201)
      ).body.id;
    });

    const idsOf = (response: request.Response) => response.body.items.map((i: { id: string }) => i.id);

    it("answers 404 for an interaction about another rep's customer on every route, like a missing one, and changes nothing", async () => {
      expectProblem(await http.get(interaction(about)).set(outsider.headers), 404, 'INTERACTION_NOT_FOUND');
      expectProblem(await http.patch(interaction(about)).set(outsider.headers).send({ subject: 'Mine now' }), 404, 'INTERACTION_NOT_FOUND');
      expectProblem(await http.post(`${interaction(about)}/end`).set(outsider.headers), 404, 'INTERACTION_NOT_FOUND');
      expectProblem(await http.delete(interaction(about)).set(outsider.headers), 404, 'INTERACTION_NOT_FOUND');

      const { body } = await http.get(interaction(about)).set(owner.headers).expect(200);
      expect(body).toMatchObject({ subject: 'Renewal of the pro plan', endedAt: null, version: 1 });
      await http.get(interaction(companyOnly)).set(outsider.headers).expect(200);
    });

    it('leaves them out of every list: filtered by that customer the page is empty, as for an unknown customer', async () => {
      const filtered = await http.get(INTERACTIONS).query({ customerId: ownersCustomer }).set(outsider.headers).expect(200);
      expect(filtered.body).toMatchObject({ total: 0, items: [] });
      const unknown = await http.get(INTERACTIONS).query({ customerId: UNKNOWN }).set(outsider.headers).expect(200);
      expect(unknown.body).toMatchObject({ total: 0, items: [] });

      const all = await http.get(INTERACTIONS).query({ limit: 100 }).set(outsider.headers).expect(200);
      expect(idsOf(all)).not.toContain(about);
      expect(idsOf(all)).toContain(companyOnly);
      const followUps = await http.get(`${INTERACTIONS}/follow-ups`).query({ limit: 100 }).set(outsider.headers).expect(200);
      expect(idsOf(followUps)).not.toContain(about);

      expect(idsOf(await http.get(INTERACTIONS).query({ customerId: ownersCustomer }).set(owner.headers).expect(200))).toEqual([about]);
      expect(idsOf(await http.get(`${INTERACTIONS}/follow-ups`).query({ limit: 100 }).set(owner.headers).expect(200))).toContain(about);
    });

    it("refuses naming another rep's customer in a body with 422 INTERACTION_CUSTOMER_UNKNOWN, as an unknown one", async () => {
      expectProblem(
        await http
          .post(INTERACTIONS)
          .set(outsider.headers)
          .send(call({ customerId: ownersCustomer })),
        422,
        'INTERACTION_CUSTOMER_UNKNOWN',
      );
      expectProblem(
        await http
          .post(INTERACTIONS)
          .set(outsider.headers)
          .send(call({ customerId: UNKNOWN })),
        422,
        'INTERACTION_CUSTOMER_UNKNOWN',
      );
      const own = (
        await http
          .post(INTERACTIONS)
          .set(outsider.headers)
          .send(call({ customerId: undefined, companyId }))
          .expect(201)
      ).body;
      expectProblem(
        await http.patch(interaction(own.id)).set(outsider.headers).send({ customerId: ownersCustomer }),
        422,
        'INTERACTION_CUSTOMER_UNKNOWN',
      );
    });

    it('lets a holder of customers:read:any reach them all', async () => {
      await http.get(interaction(about)).set(rep.headers).expect(200);
      expect(idsOf(await http.get(INTERACTIONS).query({ customerId: ownersCustomer }).set(rep.headers).expect(200))).toEqual([about]);
    });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await http.get(interaction(UNKNOWN)).set(rep.headers), 404, 'INTERACTION_NOT_FOUND');
    expectProblem(await http.get(interaction('not-a-uuid')).set(rep.headers), 400, 'VALIDATION_FAILED');
  });

  it('needs a token (401) and the interactions permissions (403)', async () => {
    expectProblem(await http.get(INTERACTIONS), 401, 'UNAUTHENTICATED');
    const customer = await signUp(testApp);
    expectProblem(await http.get(INTERACTIONS).set(customer.headers), 403, 'PERMISSION_DENIED');
    expectProblem(await http.post(INTERACTIONS).set(customer.headers).send(call()), 403, 'PERMISSION_DENIED');
  });
});
