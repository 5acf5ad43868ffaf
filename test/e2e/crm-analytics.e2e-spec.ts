import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const FUTURE_DATE = '2099-06-30';
const today = () => new Date().toISOString().slice(0, 10);

describe('CRM analytics read models over the real event transport', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let http: ReturnType<typeof request.agent>;
  let db: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signUp(testApp, { roles: ['superadmin'] });
    http = request.agent(testApp.url).set(admin.headers);
    db = testApp.app.get(DataSource);
  });

  afterAll(() => testApp?.close());

  async function createCustomer(): Promise<string> {
    const { status, body } = await http
      .post('/api/v1/crm/customers')
      .send({ name: 'ACME Corp', email: `buyer-${randomUUID()}@acme.example`, source: 'referral', assignedTo: admin.userId });
    expect(status).toBe(201);
    return body.id;
  }

  async function openDeal(customerId: string, amount: number, currency = 'EUR'): Promise<string> {
    const { status, body } = await http
      .post('/api/v1/crm/deals')
      .send({ name: 'Renewal', customerId, value: { amount, currency }, expectedCloseDate: FUTURE_DATE, source: 'inbound' });
    expect(status).toBe(201);
    return body.id;
  }

  async function win(id: string): Promise<void> {
    for (const stage of ['qualified', 'proposal', 'negotiation'])
      await http.post(`/api/v1/crm/deals/${id}/stage`).send({ stage }).expect(200);
    await http.post(`/api/v1/crm/deals/${id}/win`).expect(200);
  }

  const get = async (path: string) => (await http.get(`/api/v1/crm/analytics/${path}`).expect(200)).body;
  /** The items of a report that is a list, which answers the page envelope like every collection. */
  const items = async (path: string) => (await get(`${path}${path.includes('?') ? '&' : '?'}limit=100`)).items;
  type Priced = { value: { currency: string } };

  it('shows a won deal in revenue and conversions, and open deals in the weighted pipeline, within seconds', async () => {
    const customerId = await createCustomer();
    const wonId = await openDeal(customerId, 1_000_000, 'USD');
    await openDeal(customerId, 200_000, 'USD');
    await win(wonId);

    const revenue = await eventually(async () => {
      const points = await items(`revenue?from=${today()}&to=${today()}&granularity=month`);
      return points.length ? points : undefined;
    });
    expect(revenue).toEqual([{ periodStart: `${today().slice(0, 7)}-01`, wonCount: 1, value: { amount: 1_000_000, currency: 'USD' } }]);
    const pipeline = await eventually(async () => {
      const stages = (await items('deals/pipeline')).filter((stage: Priced) => stage.value.currency === 'USD');
      return stages.length ? stages : undefined;
    });
    expect(pipeline).toEqual([
      { stage: 'lead', count: 1, value: { amount: 200_000, currency: 'USD' }, weightedValue: { amount: 20_000, currency: 'USD' } },
    ]);
    expect(await get('deals/conversions')).toMatchObject({ won: 1, lost: 0, winRate: 1 });
    expect(await get('sales-reps/performance?top=3')).toEqual({
      items: [{ ownerId: admin.userId, wonCount: 1, wonValue: { amount: 1_000_000, currency: 'USD' } }],
      page: 1,
      limit: 20,
      total: 1,
    });
  });

  it('counts customers by status and tier, and their lifecycle moves per period', async () => {
    const id = await createCustomer();
    await http.post(`/api/v1/crm/customers/${id}/qualify`).expect(200);

    const overview = await eventually(async () => {
      const body = await get('customers/overview');
      return body.byStatus.prospect >= 1 ? body : undefined;
    });
    expect(overview.total).toBe(
      overview.byStatus.lead + overview.byStatus.prospect + overview.byStatus.customer + overview.byStatus.churned,
    );
    expect(overview.byTier.free).toBe(overview.total);
    const lifecycle = await items('customers/lifecycle?period=week');
    expect(lifecycle).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'prospect', count: 1 })]));
  });

  it('does not count a replayed event twice (the projection runs again on a re-sent DealWon)', async () => {
    const customerId = await createCustomer();
    const dealId = await openDeal(customerId, 700_000, 'GBP');
    await win(dealId);
    const revenueOf = async () =>
      (await items(`revenue?from=${today()}&to=${today()}`)).filter((point: Priced) => point.value.currency === 'GBP');
    await eventually(async () => ((await revenueOf()).length ? true : undefined));

    // Forget that the projection saw the event and send it again to that handler, as a dead-letter replay does.
    const [won] = await db.query(
      `SELECT event_id, event_name, aggregate_id, envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = 'crm.deal-won'`,
      [dealId],
    );
    await db.query(`DELETE FROM messaging.inbox WHERE event_id = $1 AND handler = 'crm.project-deal-analytics-on-deal-changed'`, [
      won.event_id,
    ]);
    await db.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope) VALUES ($1, $2, $3, 'crm.project-deal-analytics-on-deal-changed', $4)`,
      [won.event_id, won.event_name, won.aggregate_id, won.envelope],
    );
    await eventually(async () => {
      const rows: unknown[] = await db.query(
        `SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = 'crm.project-deal-analytics-on-deal-changed'`,
        [won.event_id],
      );
      return rows.length ? true : undefined;
    });

    expect(await revenueOf()).toEqual([{ periodStart: today(), wonCount: 1, value: { amount: 700_000, currency: 'GBP' } }]);
    expect(await get('deals/conversions')).toMatchObject({ won: 2 });
  });

  it('answers 422 ANALYTICS_RANGE_INVALID for a revenue range that ends before it starts', async () => {
    const { status, body } = await http.get('/api/v1/crm/analytics/revenue?from=2026-02-01&to=2026-01-01');

    expect(status).toBe(422);
    expect(body.code).toBe('ANALYTICS_RANGE_INVALID');
  });

  it('answers 400 VALIDATION_FAILED, never a 500, to dates that do not exist', async () => {
    for (const query of ['to=2026-13-01', 'from=2026-02-31', 'from=2026-02-29&to=2026-03-01']) {
      const { status, body } = await http.get(`/api/v1/crm/analytics/revenue?${query}`);
      expect({ query, status, code: body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('counts interactions by type', async () => {
    const customerId = await createCustomer();
    const { status } = await http.post('/api/v1/crm/interactions').send({
      type: 'call',
      direction: 'outbound',
      subject: 'Intro',
      description: 'First call',
      customerId,
      startedAt: new Date().toISOString(),
      followUpRequired: true,
      followUpAt: '2099-01-01T10:00:00Z',
    });
    expect(status).toBe(201);

    const insights = await eventually(async () => {
      const body = await get('interactions/insights');
      return body.byType.length ? body : undefined;
    });
    expect(insights.byType).toEqual([expect.objectContaining({ type: 'call', count: 1 })]);
  });

  it('refuses a caller without analytics:read', async () => {
    const plain = await signUp(testApp);
    await request(testApp.url).get('/api/v1/crm/analytics/deals/pipeline').set(plain.headers).expect(403);
  });
});
