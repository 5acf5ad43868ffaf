import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '0190a5b0-7c4e-7d2a-9b3c-000000000000';
const FUTURE_DATE = '2099-06-30';

describe('CRM deals through HTTP', () => {
  let testApp: TestApp;
  /** A sales rep (role `manager`: deals:read/write): their own deals only. */
  let rep: SignedIn;
  let repHttp: ReturnType<typeof request.agent>;
  /** Another rep, who must not see the first one's deals. */
  let otherRep: SignedIn;
  let otherRepHttp: ReturnType<typeof request.agent>;
  /** An admin (every catalogued permission, deals:*:any included). */
  let adminHttp: ReturnType<typeof request.agent>;
  let customerId: string;
  let otherRepsCustomerId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    rep = await signUp(testApp, { roles: ['manager'] });
    repHttp = request.agent(testApp.url).set(rep.headers);
    otherRep = await signUp(testApp, { roles: ['manager'] });
    otherRepHttp = request.agent(testApp.url).set(otherRep.headers);
    adminHttp = request.agent(testApp.url).set((await signUp(testApp, { roles: ['admin'] })).headers);
    const customer = await adminHttp
      .post('/api/v1/crm/customers')
      .send({ name: 'ACME Corp', email: `buyer-${randomUUID()}@acme.example`, source: 'referral', assignedTo: rep.userId });
    expect(customer.status).toBe(201);
    customerId = customer.body.id;
    const otherRepsCustomer = await adminHttp
      .post('/api/v1/crm/customers')
      .send({ name: 'Globex', email: `buyer-${randomUUID()}@globex.example`, source: 'referral', assignedTo: otherRep.userId });
    expect(otherRepsCustomer.status).toBe(201);
    otherRepsCustomerId = otherRepsCustomer.body.id;
  });

  afterAll(() => testApp?.close());

  const dealBody = (overrides: Record<string, unknown> = {}) => ({
    name: 'ACME renewal',
    customerId,
    value: { amount: 2_500_000, currency: 'EUR' },
    expectedCloseDate: FUTURE_DATE,
    source: 'inbound',
    ...overrides,
  });

  async function openDeal(http = repHttp, overrides: Record<string, unknown> = {}): Promise<string> {
    const { status, body } = await http.post('/api/v1/crm/deals').send(dealBody(overrides));
    expect(status).toBe(201);
    return body.id;
  }

  async function moveTo(id: string, ...stages: string[]): Promise<any> {
    let last: any;
    for (const stage of stages) last = (await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage }).expect(200)).body;
    return last;
  }

  async function eventNamesOf(id: string): Promise<string[]> {
    const rows: Array<{ event_name: string }> = await testApp.app
      .get(DataSource)
      .query('SELECT event_name FROM messaging.outbox WHERE aggregate_id = $1 AND target_handler IS NULL ORDER BY id', [id]);
    return rows.map((row) => row.event_name);
  }

  it('opens a deal in lead at 10 %, walks it through every stage, wins it, and records the events', async () => {
    const created = await repHttp.post('/api/v1/crm/deals').send(dealBody()).expect(201);
    expect(created.body).toMatchObject({
      name: 'ACME renewal',
      customerId,
      ownerId: rep.userId,
      value: { amount: 2_500_000, currency: 'EUR' },
      stage: 'lead',
      probability: 10,
      expectedCloseDate: FUTURE_DATE,
      source: 'inbound',
      lostReason: null,
      closedAt: null,
      version: 1,
    });
    const id = created.body.id;

    expect(await moveTo(id, 'qualified')).toMatchObject({ stage: 'qualified', probability: 25 });
    expect(await moveTo(id, 'proposal')).toMatchObject({ stage: 'proposal', probability: 50 });
    expect(await moveTo(id, 'negotiation')).toMatchObject({ stage: 'negotiation', probability: 75 });

    const won = await repHttp.post(`/api/v1/crm/deals/${id}/win`).expect(200);
    expect(won.body).toMatchObject({ stage: 'closed_won', probability: 100, closedAt: expect.any(String), version: 5 });

    expect(await eventNamesOf(id)).toEqual([
      'crm.deal-created',
      'crm.deal-stage-changed',
      'crm.deal-stage-changed',
      'crm.deal-stage-changed',
      'crm.deal-won',
    ]);
  });

  it('moves back one open stage, refuses skipping forward or back two, and wins only from negotiation', async () => {
    const id = await openDeal();
    await moveTo(id, 'qualified', 'proposal');

    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'lead' }), 409, 'DEAL_INVALID_TRANSITION');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/win`), 409, 'DEAL_NOT_IN_NEGOTIATION');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'closed_won' }), 409, 'DEAL_INVALID_TRANSITION');

    expect(await moveTo(id, 'qualified')).toMatchObject({ stage: 'qualified', probability: 25 });
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'negotiation' }), 409, 'DEAL_INVALID_TRANSITION');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'won' }), 400, 'VALIDATION_FAILED');

    const { body } = await repHttp.get(`/api/v1/crm/deals/${id}`).expect(200);
    expect(body).toMatchObject({ stage: 'qualified', version: 4 });
  });

  it('loses an open deal only with a reason, raises crm.deal-lost, and a closed deal is final', async () => {
    const id = await openDeal();

    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/lose`).send({ reason: '   ' }), 422, 'DEAL_LOSS_REASON_REQUIRED');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/lose`).send({}), 400, 'VALIDATION_FAILED');

    const lost = await repHttp.post(`/api/v1/crm/deals/${id}/lose`).send({ reason: 'went with a competitor' }).expect(200);
    expect(lost.body).toMatchObject({
      stage: 'closed_lost',
      probability: 0,
      lostReason: 'went with a competitor',
      closedAt: expect.any(String),
    });
    expect(await eventNamesOf(id)).toEqual(['crm.deal-created', 'crm.deal-lost']);

    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/lose`).send({ reason: 'again' }), 409, 'DEAL_CLOSED');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/win`), 409, 'DEAL_CLOSED');
    expectProblem(await repHttp.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'lead' }), 409, 'DEAL_CLOSED');
    expectProblem(await repHttp.patch(`/api/v1/crm/deals/${id}`).send({ probability: 20 }), 409, 'DEAL_CLOSED');
    expectProblem(await repHttp.delete(`/api/v1/crm/deals/${id}`), 409, 'DEAL_CLOSED');
  });

  it('overrides the probability on an open deal until the next stage move, and revises other fields', async () => {
    const id = await openDeal(repHttp, { probability: 15 });
    expect((await repHttp.get(`/api/v1/crm/deals/${id}`).expect(200)).body.probability).toBe(15);

    const revised = await repHttp
      .patch(`/api/v1/crm/deals/${id}`)
      .send({
        probability: 35,
        name: 'ACME renewal 2027',
        value: { amount: 3_000_000, currency: 'EUR' },
        source: 'partner',
        expectedCloseDate: '2099-12-31',
      })
      .expect(200);
    expect(revised.body).toMatchObject({
      probability: 35,
      name: 'ACME renewal 2027',
      value: { amount: 3_000_000, currency: 'EUR' },
      source: 'partner',
      expectedCloseDate: '2099-12-31',
      stage: 'lead',
    });

    expect(await moveTo(id, 'qualified')).toMatchObject({ probability: 25 });
    expectProblem(await repHttp.patch(`/api/v1/crm/deals/${id}`).send({ probability: 101 }), 400, 'VALIDATION_FAILED');
    expectProblem(await repHttp.patch(`/api/v1/crm/deals/${id}`).send({ expectedCloseDate: '2020-01-01' }), 422, 'DEAL_CLOSE_DATE_IN_PAST');
    expectProblem(await repHttp.patch(`/api/v1/crm/deals/${id}`).send({ stage: 'proposal' }), 400, 'VALIDATION_FAILED');
  });

  it('refuses invalid deals at creation with stable codes', async () => {
    const post = (overrides: Record<string, unknown>) => repHttp.post('/api/v1/crm/deals').send(dealBody(overrides));

    expectProblem(await post({ expectedCloseDate: '2020-01-01' }), 422, 'DEAL_CLOSE_DATE_IN_PAST');
    expectProblem(await post({ expectedCloseDate: '2099-02-30' }), 422, 'DEAL_CLOSE_DATE_INVALID');
    expectProblem(await post({ expectedCloseDate: '30.06.2099' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ customerId: UNKNOWN }), 422, 'DEAL_CUSTOMER_UNKNOWN');
    expectProblem(await post({ source: 'cold-call' }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ probability: -1 }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ name: '   ' }), 422, 'DEAL_NAME_INVALID');
    expectProblem(await post({ value: { amount: -1, currency: 'EUR' } }), 422, 'DEAL_VALUE_INVALID');
    expectProblem(await post({ value: { amount: 1, currency: 'XYZ' } }), 422, 'CURRENCY_INVALID');
  });

  it("keeps a rep to their own deals: another rep's answers 404 on every route, lists hold only their own", async () => {
    const id = await openDeal();
    const foreign = otherRepHttp;

    expectProblem(await foreign.get(`/api/v1/crm/deals/${id}`), 404, 'DEAL_NOT_FOUND');
    expectProblem(await foreign.patch(`/api/v1/crm/deals/${id}`).send({ name: 'Mine now' }), 404, 'DEAL_NOT_FOUND');
    expectProblem(await foreign.post(`/api/v1/crm/deals/${id}/stage`).send({ stage: 'qualified' }), 404, 'DEAL_NOT_FOUND');
    expectProblem(await foreign.post(`/api/v1/crm/deals/${id}/win`), 404, 'DEAL_NOT_FOUND');
    expectProblem(await foreign.post(`/api/v1/crm/deals/${id}/lose`).send({ reason: 'sabotage' }), 404, 'DEAL_NOT_FOUND');
    expectProblem(await foreign.delete(`/api/v1/crm/deals/${id}`), 404, 'DEAL_NOT_FOUND');
    expect((await repHttp.get(`/api/v1/crm/deals/${id}`).expect(200)).body).toMatchObject({
      name: 'ACME renewal',
      stage: 'lead',
      version: 1,
    });

    const theirs = await openDeal(foreign, { customerId: otherRepsCustomerId });
    const { body: page } = await foreign.get('/api/v1/crm/deals?limit=100').expect(200);
    expect(page.items.map((d: { id: string }) => d.id)).toContain(theirs);
    expect(page.items.map((d: { ownerId: string }) => d.ownerId)).toEqual(page.items.map(() => otherRep.userId));
    expect(page.total).toBe(page.items.length);

    expectProblem(await foreign.get(`/api/v1/crm/deals?ownerId=${rep.userId}`), 403, 'PERMISSION_DENIED');
    expectProblem(await foreign.post('/api/v1/crm/deals').send(dealBody({ ownerId: rep.userId })), 403, 'PERMISSION_DENIED');
    expectProblem(await foreign.patch(`/api/v1/crm/deals/${theirs}`).send({ ownerId: rep.userId }), 403, 'PERMISSION_DENIED');
  });

  it('refuses a deal on a customer the rep cannot see exactly as on one that does not exist (422 DEAL_CUSTOMER_UNKNOWN)', async () => {
    const hidden = await otherRepHttp.post('/api/v1/crm/deals').send(dealBody());
    const missing = await otherRepHttp.post('/api/v1/crm/deals').send(dealBody({ customerId: UNKNOWN }));

    expectProblem(hidden, 422, 'DEAL_CUSTOMER_UNKNOWN');
    expectProblem(missing, 422, 'DEAL_CUSTOMER_UNKNOWN');
    expect((await otherRepHttp.get(`/api/v1/crm/deals?customerId=${customerId}`).expect(200)).body.total).toBe(0);
    await adminHttp
      .post('/api/v1/crm/deals')
      .send(dealBody({ ownerId: otherRep.userId }))
      .expect(201);
  });

  it('lets an admin see, filter and hand over every deal', async () => {
    const id = await openDeal();
    await moveTo(id, 'qualified');

    expect((await adminHttp.get(`/api/v1/crm/deals/${id}`).expect(200)).body.ownerId).toBe(rep.userId);
    const { body: page } = await adminHttp.get(`/api/v1/crm/deals?ownerId=${rep.userId}&stage=qualified&limit=100`).expect(200);
    expect(page.items.map((d: { id: string }) => d.id)).toContain(id);
    expect(page.items.every((d: { ownerId: string; stage: string }) => d.ownerId === rep.userId && d.stage === 'qualified')).toBe(true);

    const handed = await adminHttp.patch(`/api/v1/crm/deals/${id}`).send({ ownerId: otherRep.userId }).expect(200);
    expect(handed.body.ownerId).toBe(otherRep.userId);
    expectProblem(await repHttp.get(`/api/v1/crm/deals/${id}`), 404, 'DEAL_NOT_FOUND');
    expect((await otherRepHttp.get(`/api/v1/crm/deals/${id}`).expect(200)).body.stage).toBe('qualified');

    const opened = await adminHttp
      .post('/api/v1/crm/deals')
      .send(dealBody({ ownerId: rep.userId }))
      .expect(201);
    expect(opened.body.ownerId).toBe(rep.userId);
  });

  it('deletes an open deal: 204, then it is gone from reads and lists', async () => {
    const id = await openDeal();

    await repHttp.delete(`/api/v1/crm/deals/${id}`).expect(204);

    expectProblem(await repHttp.get(`/api/v1/crm/deals/${id}`), 404, 'DEAL_NOT_FOUND');
    expectProblem(await repHttp.delete(`/api/v1/crm/deals/${id}`), 404, 'DEAL_NOT_FOUND');
    const { body: page } = await repHttp.get('/api/v1/crm/deals?limit=100').expect(200);
    expect(page.items.map((d: { id: string }) => d.id)).not.toContain(id);
    expect(await eventNamesOf(id)).toEqual(['crm.deal-created', 'crm.deal-deleted']);
  });

  it('needs a token and the deals permissions', async () => {
    expectProblem(await request(testApp.url).get('/api/v1/crm/deals'), 401, 'UNAUTHENTICATED');
    const customerUser = request.agent(testApp.url).set((await signUp(testApp)).headers);
    expectProblem(await customerUser.get('/api/v1/crm/deals'), 403, 'PERMISSION_DENIED');
    expectProblem(await customerUser.post('/api/v1/crm/deals').send(dealBody()), 403, 'PERMISSION_DENIED');
    expectProblem(await repHttp.get(`/api/v1/crm/deals/not-a-uuid`), 400, 'VALIDATION_FAILED');
  });
});
