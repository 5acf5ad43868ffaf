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
    const company = await http.post('/api/v1/crm/companies').set(rep.headers).send({ name: `Analytical Engines ${Date.now()}`, legalType: 'llc', size: 'small' });
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
      version: 1,
    });
    const fetched = await http.get(interaction(created.id)).set(rep.headers);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created);
  });

  it('ends an interaction once, computing its duration; a second end is 409 INTERACTION_ALREADY_ENDED', async () => {
    const { id } = await create(call());

    const ended = await http.post(`${interaction(id)}/end`).set(rep.headers).send({ endedAt: '2026-03-02T09:25:00Z', outcome: 'successful' });
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
    expectProblem(await http.post(INTERACTIONS).set(rep.headers).send(call({ endedAt: '2026-03-02T08:00:00Z' })), 422, 'INTERACTION_END_BEFORE_START');
    const { id } = await create(call());
    expectProblem(await http.post(`${interaction(id)}/end`).set(rep.headers).send({ endedAt: '2026-03-01T00:00:00Z' }), 422, 'INTERACTION_END_BEFORE_START');
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

  it.each([[{ type: 'fax' }], [{ direction: 'up' }], [{ outcome: 'maybe' }], [{ attendees: ['Ada'] }], [{ startedAt: 'yesterday' }], [{ loggedBy: UNKNOWN }]])(
    'refuses the malformed body %p with 400',
    async (overrides) => {
      expectProblem(await http.post(INTERACTIONS).set(rep.headers).send(call(overrides)), 400, 'VALIDATION_FAILED');
    },
  );

  it('changes only the fields sent, clears with null, and keeps at least one party', async () => {
    const { id } = await create(call({ companyId }));

    const changed = await http.patch(interaction(id)).set(rep.headers).send({ type: 'meeting', customerId: null, followUpAt: '2026-03-09T09:00:00Z' });

    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ type: 'meeting', customerId: null, companyId, subject: 'Renewal of the pro plan', followUpRequired: true, version: 2 });
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
