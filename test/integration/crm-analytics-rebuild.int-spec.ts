import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { exited, runTs } from '../support/service-process';
import { eventually, startTestApp, TEST_JWT_SECRET, TestApp } from '../support/test-app';

const today = () => new Date().toISOString().slice(0, 10);
const ROUTES = [
  'customers/overview',
  'customers/lifecycle?period=month',
  'deals/pipeline',
  'deals/conversions',
  'sales-reps/performance?top=5',
  `revenue?from=${today()}&to=${today()}&granularity=day`,
  'interactions/insights',
];

/** `npm run cli -- crm rebuild-analytics` against a real PostgreSQL, while the service runs on it. */
describe('npm run cli -- crm rebuild-analytics', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let admin: SignedIn;
  let http: ReturnType<typeof request.agent>;
  let db: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
    admin = await signUp(testApp, { roles: ['superadmin'] });
    http = request.agent(testApp.url).set(admin.headers);
    db = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  async function rebuild(): Promise<{ code: number | null; output: string }> {
    const child = runTs('scripts/cli.ts', ['crm', 'rebuild-analytics'], { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const { code } = await exited(child);
    return { code, output };
  }

  const analytics = async () =>
    Object.fromEntries(
      await Promise.all(ROUTES.map(async (route) => [route, (await http.get(`/api/v1/crm/analytics/${route}`).expect(200)).body])),
    );

  /** Sends an already delivered event again to one handler, as a dead-letter replay does, and waits until it ran. */
  async function replay(aggregateId: string, eventName: string, handler: string): Promise<void> {
    const [event] = await db.query(
      `SELECT event_id, envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2 AND target_handler IS NULL`,
      [aggregateId, eventName],
    );
    await db.query(`DELETE FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.event_id, handler]);
    await db.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [event.event_id, eventName, aggregateId, handler, event.envelope],
    );
    await eventually(async () =>
      (await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.event_id, handler])).length
        ? true
        : undefined,
    );
  }

  it('refills corrupted read models from the write model, so the analytics routes answer as before, and a replay after it counts nothing twice', async () => {
    const customer = await http
      .post('/api/v1/crm/customers')
      .send({ name: 'ACME Corp', email: `buyer-${randomUUID()}@acme.example`, source: 'referral', assignedTo: admin.userId });
    expect(customer.status).toBe(201);
    const customerId: string = customer.body.id;
    for (const move of ['qualify', 'convert']) await http.post(`/api/v1/crm/customers/${customerId}/${move}`).expect(200);
    const deal = await http.post('/api/v1/crm/deals').send({
      name: 'Renewal',
      customerId,
      value: { amount: 1_000_000, currency: 'EUR' },
      expectedCloseDate: '2099-06-30',
      source: 'inbound',
    });
    expect(deal.status).toBe(201);
    const dealId: string = deal.body.id;
    for (const stage of ['qualified', 'proposal', 'negotiation'])
      await http.post(`/api/v1/crm/deals/${dealId}/stage`).send({ stage }).expect(200);
    await http.post(`/api/v1/crm/deals/${dealId}/win`).expect(200);
    await http
      .post('/api/v1/crm/deals')
      .send({ name: 'Upsell', customerId, value: { amount: 200_000, currency: 'EUR' }, expectedCloseDate: '2099-06-30', source: 'partner' })
      .expect(201);
    await http
      .post('/api/v1/crm/interactions')
      .send({
        type: 'call',
        direction: 'outbound',
        subject: 'Intro',
        description: 'First call',
        customerId,
        startedAt: new Date().toISOString(),
        followUpRequired: true,
        followUpAt: '2099-01-01T10:00:00Z',
      })
      .expect(201);

    // Wait until every projection has caught up with the write model (the sign-up's lead included).
    const projected = await eventually(async () => {
      const [{ customers }] = await db.query(`SELECT count(*)::int AS customers FROM crm.customers`);
      const now = await analytics();
      const caughtUp =
        now['customers/overview'].total === customers &&
        now['customers/overview'].byStatus.customer === 1 &&
        now['deals/conversions'].won === 1 &&
        now['deals/pipeline'].total === 1 &&
        now['interactions/insights'].byType.length === 1;
      return caughtUp ? now : undefined;
    }, 10_000);
    expect(projected[`revenue?from=${today()}&to=${today()}&granularity=day`].items).toEqual([
      { periodStart: today(), wonCount: 1, value: { amount: 1_000_000, currency: 'EUR' } },
    ]);

    // Lose read-model rows, as a bug or a bad manual fix would.
    await db.query(`DELETE FROM crm.analytics_deals`);
    await db.query(`DELETE FROM crm.analytics_interactions`);
    await db.query(`DELETE FROM crm.analytics_customer_transitions`);
    await db.query(`DELETE FROM crm.analytics_customers WHERE id = $1`, [customerId]);
    expect((await analytics())['deals/conversions']).toMatchObject({ won: 0 });

    const rebuilt = await rebuild();
    expect(rebuilt).toMatchObject({ code: 0 });
    const report = JSON.parse(rebuilt.output);
    const [{ customers }] = await db.query(`SELECT count(*)::int AS customers FROM crm.customers`);
    // Every customer's creation as a lead, plus ACME's conversion; its qualification leaves no date to rebuild from.
    expect(report.rebuilt).toEqual({ customers, customerTransitions: customers + 1, deals: 2, interactions: 1 });
    expect(report.note).toMatch(/qualifications and reactivations/);

    const after = await analytics();
    const withoutProspect = (buckets: { status: string }[]) => buckets.filter((bucket) => bucket.status !== 'prospect');
    expect(after['customers/lifecycle?period=month'].items).toEqual(withoutProspect(projected['customers/lifecycle?period=month'].items));
    expect({ ...after, 'customers/lifecycle?period=month': null }).toEqual({ ...projected, 'customers/lifecycle?period=month': null });

    // Events the rebuilt rows already hold change nothing when delivered again.
    await replay(dealId, 'crm.deal-won', 'crm.project-deal-analytics-on-deal-changed');
    await replay(customerId, 'crm.customer-converted', 'crm.project-customer-analytics-on-customer-changed');
    expect(await analytics()).toEqual(after);
  });

  it('rebuilds to the same rows when run again', async () => {
    const before = await analytics();
    const again = await rebuild();
    expect(again).toMatchObject({ code: 0 });
    expect(JSON.parse(again.output).rebuilt).toMatchObject({ deals: 2, interactions: 1 });
    expect(await analytics()).toEqual(before);
  });
});
