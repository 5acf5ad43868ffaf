import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp, TEST_PASSWORD } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const FUTURE_DATE = '2099-06-30';
const OPEN_STAGES = ['lead', 'qualified', 'proposal', 'negotiation'];
const STAGES = [...OPEN_STAGES, 'closed_won', 'closed_lost'];
const STATUSES = ['lead', 'prospect', 'customer', 'churned'];
const TIERS = ['free', 'basic', 'pro', 'enterprise'];
const today = () => new Date().toISOString().slice(0, 10);

/** A small seeded PRNG (mulberry32): the same 1,000 operations on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** CRM's analytics read models, fed through BullMQ and the real PostgreSQL, as in production. */
describe('CRM analytics projections on the bullmq transport', () => {
  let database: FreshDatabase;
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let db: DataSource;
  let admin: SignedIn;

  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    t = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      EVENT_MAX_ATTEMPTS: '3',
      EVENT_BACKOFF_MS: '20',
      OUTBOX_POLL_MS: '100',
    });
    http = request(t.url);
    db = t.app.get(DataSource);
    admin = await signUp(t, { roles: ['superadmin'] });
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
    await removeQueues(REDIS_URL, queuePrefix);
  });

  const post = (path: string, body: object = {}) => http.post(`/api/v1/crm/${path}`).set(admin.headers).send(body);
  const get = async (path: string) => (await http.get(`/api/v1/crm/analytics/${path}`).set(admin.headers).expect(200)).body;

  async function createCustomer(): Promise<string> {
    const { status, body } = await post('customers', {
      name: 'ACME Corp',
      email: `buyer-${randomUUID()}@acme.example`,
      source: 'referral',
      assignedTo: admin.userId,
    });
    expect(status).toBe(201);
    return body.id;
  }

  async function openDeal(customerId: string, amount: number, currency: string): Promise<string> {
    const { status, body } = await post('deals', {
      name: 'Renewal',
      customerId,
      ownerId: admin.userId,
      value: { amount, currency },
      expectedCloseDate: FUTURE_DATE,
      source: 'inbound',
    });
    expect(status).toBe(201);
    return body.id;
  }

  async function win(id: string): Promise<void> {
    for (const stage of ['qualified', 'proposal', 'negotiation']) expect((await post(`deals/${id}/stage`, { stage })).status).toBe(200);
    expect((await post(`deals/${id}/win`)).status).toBe(200);
  }

  /** A report's rows (every page the API answers is `{items, …}`; 100 is the most a page holds). */
  const items = async (path: string) => (await get(`${path}${path.includes('?') ? '&' : '?'}limit=100`)).items;
  /** Rows whose Money is in `currency` (reports give one row per currency, never a sum across them). */
  const ofCurrency = (currency: string) => (rows: Array<Record<string, unknown>>) =>
    rows.filter((row) => Object.values(row).some((value) => (value as { currency?: string } | null)?.currency === currency));
  const revenueIn = async (currency: string) => ofCurrency(currency)(await items(`revenue?from=${today()}&to=${today()}&granularity=day`));

  /** Sends an outbox event again to one handler, as a dead-letter replay does, and waits until that handler has run it. */
  async function replayTo(handler: string, aggregateId: string, eventName: string): Promise<void> {
    const [event] = await db.query(
      `SELECT event_id, event_name, aggregate_id, envelope FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2`,
      [aggregateId, eventName],
    );
    expect(event).toBeDefined();
    const handled = async () =>
      (await db.query(`SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.event_id, handler])).length === 1;
    await eventually(async () => ((await handled()) ? true : undefined), 10_000); // the first delivery is done
    await db.query(`DELETE FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [event.event_id, handler]);
    await db.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope) VALUES ($1, $2, $3, $4, $5)`,
      [event.event_id, event.event_name, event.aggregate_id, handler, event.envelope],
    );
    await eventually(async () => ((await handled()) ? true : undefined), 10_000);
  }

  it('shows a won deal in revenue and conversions (not in the open pipeline), and an open deal in the pipeline, within 10 s', async () => {
    const customerId = await createCustomer();
    const wonId = await openDeal(customerId, 1_000_000, 'USD');
    await openDeal(customerId, 200_000, 'USD');
    await win(wonId);

    const revenue = await eventually(async () => {
      const points = await revenueIn('USD');
      return points.length ? points : undefined;
    }, 10_000);
    expect(revenue).toEqual([{ periodStart: today(), wonCount: 1, value: { amount: 1_000_000, currency: 'USD' } }]);
    const pipeline = await eventually(async () => {
      const stages = ofCurrency('USD')(await items('deals/pipeline'));
      return stages.length ? stages : undefined;
    }, 10_000);
    expect(pipeline).toEqual([
      { stage: 'lead', count: 1, value: { amount: 200_000, currency: 'USD' }, weightedValue: { amount: 20_000, currency: 'USD' } },
    ]);
    expect(await get('deals/conversions')).toMatchObject({ won: 1, lost: 0, winRate: 1 });
  });

  it('does not count a DealWon twice when it is replayed to the projection', async () => {
    const dealId = await openDeal(await createCustomer(), 700_000, 'GBP');
    await win(dealId);
    await eventually(async () => ((await revenueIn('GBP')).length ? true : undefined), 10_000);
    const conversionsBefore = await get('deals/conversions');

    await replayTo('crm.project-deal-analytics-on-deal-changed', dealId, 'crm.deal-won');

    expect(await revenueIn('GBP')).toEqual([{ periodStart: today(), wonCount: 1, value: { amount: 700_000, currency: 'GBP' } }]);
    expect(await get('deals/conversions')).toEqual(conversionsBefore);
    expect(ofCurrency('GBP')(await items('sales-reps/performance?top=5'))).toEqual([
      { ownerId: admin.userId, wonCount: 1, wonValue: { amount: 700_000, currency: 'GBP' } },
    ]);
  });

  it('makes exactly one lead linked to a user who registers, even when UserRegistered is delivered again', async () => {
    const email = `newcomer-${randomUUID()}@example.com`;
    const registered = await http.post('/api/v1/identity/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'New Comer' });
    expect(registered.status).toBe(201);
    const userId: string = registered.body.id;
    const leadsOf = async () =>
      (
        await http
          .get(`/api/v1/crm/customers?search=${encodeURIComponent(email)}`)
          .set(admin.headers)
          .expect(200)
      ).body.items;

    const leads = await eventually(async () => {
      const items = await leadsOf();
      return items.length ? items : undefined;
    }, 10_000);
    expect(leads).toEqual([expect.objectContaining({ email, userId, status: 'lead', name: 'New Comer', assignedTo: null })]);

    await replayTo('crm.link-signed-up-user-on-user-registered', userId, 'identity.user-registered');

    expect(await leadsOf()).toEqual([expect.objectContaining({ id: leads[0].id, userId })]);
    expect((await db.query(`SELECT count(*)::int AS n FROM crm.customers WHERE user_id = $1`, [userId]))[0].n).toBe(1);
  });

  it('analytics agree with the write model after a burst of 1,000 random operations', async () => {
    const random = prng(20_261_121);
    const customers: string[] = [];
    const deals: string[] = [];
    const unexpected: string[] = [];
    const counts: Record<string, number> = {};

    /** Each operation gets its own seeded draws, so the 1,000 are the same on every run whatever order they finish in. */
    type Draw = { pick: <T>(items: readonly T[]) => T; recent: (ids: string[]) => string; number: () => number };
    type Answer = { status: number; body: any; name?: string };
    type Operation = { name: string; run: (draw: Draw) => Promise<Answer> };
    const del = (path: string) => http.delete(`/api/v1/crm/${path}`).set(admin.headers);
    const createCustomerOp: Operation = {
      name: 'customer.create',
      run: async ({ pick }) => {
        const response = await post('customers', {
          name: 'Burst Ltd',
          email: `burst-${randomUUID()}@example.com`,
          source: pick(['inbound', 'referral', 'event']),
          assignedTo: admin.userId,
        });
        if (response.status === 201) customers.push(response.body.id);
        return response;
      },
    };
    const createDealOp: Operation = {
      name: 'deal.create',
      run: async (draw) => {
        if (!customers.length) return createCustomerOp.run(draw);
        const body = {
          name: 'Burst deal',
          customerId: draw.recent(customers),
          ownerId: admin.userId,
          value: { amount: 1 + Math.floor(draw.number() * 1_000_000), currency: draw.pick(['EUR', 'CHF']) },
          expectedCloseDate: FUTURE_DATE,
          source: draw.pick(['inbound', 'outbound', 'referral', 'partner', 'event', 'advertising']),
        };
        const response = await post('deals', body);
        if (response.status === 201) deals.push(response.body.id);
        return response;
      },
    };
    const onCustomer = (name: string, call: (id: string, draw: Draw) => Promise<Answer>): Operation => ({
      name,
      run: async (draw) => (customers.length ? call(draw.recent(customers), draw) : createCustomerOp.run(draw)),
    });
    const onDeal = (name: string, call: (id: string, draw: Draw) => Promise<Answer>): Operation => ({
      name,
      run: async (draw) => (deals.length ? call(draw.recent(deals), draw) : createDealOp.run(draw)),
    });
    const weighted: [number, Operation][] = [
      [5, createCustomerOp],
      [
        22,
        onCustomer('customer.lifecycle', async (id, { pick, number }) => {
          // Mostly the move its status allows (read first), else any of the four: illegal ones answer 409.
          const status: string = (await http.get(`/api/v1/crm/customers/${id}`).set(admin.headers)).body.status;
          const legal = { lead: 'qualify', prospect: 'convert', customer: 'churn', churned: 'reactivate' }[status];
          const action = legal && number() < 0.7 ? legal : pick(['qualify', 'convert', 'churn', 'reactivate']);
          const answer = await post(
            `customers/${id}/${action}`,
            action === 'churn' ? { reason: pick(['price', 'moved to a competitor', ' ']) } : {},
          );
          return { ...answer, name: `customer.${action}` };
        }),
      ],
      [4, onCustomer('customer.upgrade', (id, { pick }) => post(`customers/${id}/upgrade`, { tier: pick(TIERS) }))],
      [3, onCustomer('customer.downgrade', (id, { pick }) => post(`customers/${id}/downgrade`, { tier: pick(TIERS) }))],
      [1, onCustomer('customer.delete', (id) => del(`customers/${id}`))],
      [6, createDealOp],
      [
        22,
        onDeal('deal.stage', async (id, { pick, number }) => {
          // Mostly one step forward (read first), else any stage: backward, skipping, closed, the same.
          const current: string = (await http.get(`/api/v1/crm/deals/${id}`).set(admin.headers)).body.stage;
          const next = OPEN_STAGES[OPEN_STAGES.indexOf(current) + 1];
          return post(`deals/${id}/stage`, { stage: next && number() < 0.8 ? next : pick(STAGES) });
        }),
      ],
      [
        4,
        onDeal('deal.probability', (id, { number }) =>
          http
            .patch(`/api/v1/crm/deals/${id}`)
            .set(admin.headers)
            .send({ probability: Math.floor(number() * 101) }),
        ),
      ],
      [7, onDeal('deal.win', (id) => post(`deals/${id}/win`))],
      [2, onDeal('deal.lose', (id, { pick }) => post(`deals/${id}/lose`, { reason: pick(['budget', 'timing', '']) }))],
      [2, onDeal('deal.delete', (id) => del(`deals/${id}`))],
    ];
    const totalWeight = weighted.reduce((sum, [weight]) => sum + weight, 0);
    const choose = (): { operation: Operation; draw: Draw } => {
      const own = prng(Math.floor(random() * 4_294_967_296));
      const pick = <T>(items: readonly T[]): T => items[Math.floor(own() * items.length)];
      // Mostly the latest few: a deal then often walks all the way to negotiation, a customer to churned and back.
      const recent = (ids: string[]) => (own() < 0.7 ? pick(ids.slice(-6)) : pick(ids));
      const draw: Draw = { number: own, pick, recent };
      let roll = random() * totalWeight;
      for (const [weight, operation] of weighted) if ((roll -= weight) < 0) return { operation, draw };
      return { operation: weighted[0][1], draw };
    };

    const operations = Array.from({ length: 1_000 }, choose);
    for (let i = 0; i < operations.length; i += 8) {
      await Promise.all(
        operations.slice(i, i + 8).map(async ({ operation, draw }) => {
          const { status, body, name = operation.name } = await operation.run(draw);
          counts[`${name} ${status}`] = (counts[`${name} ${status}`] ?? 0) + 1;
          // Illegal operations are refused (409/422; 404 for a deleted one); anything else is a bug.
          if (![200, 201, 204, 404, 409, 422].includes(status)) unexpected.push(`${name} → ${status} ${JSON.stringify(body)}`);
        }),
      );
    }
    expect(unexpected).toEqual([]);
    // The burst really exercised every kind of change (not 1,000 refusals).
    const exercised = [
      'customer.qualify 200',
      'customer.convert 200',
      'customer.churn 200',
      'customer.reactivate 200',
      'customer.upgrade 200',
      'customer.downgrade 200',
      'customer.delete 204',
      'deal.stage 200',
      'deal.probability 200',
      'deal.win 200',
      'deal.lose 200',
      'deal.delete 204',
    ];
    expect(exercised.filter((name) => !counts[name])).toEqual([]);

    const writeModel = async () => {
      const customerRows: { status: string; tier: string; n: number }[] = await db.query(
        `SELECT status, tier, count(*)::int AS n FROM crm.customers WHERE deleted_at IS NULL GROUP BY status, tier`,
      );
      const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0]));
      const byTier = Object.fromEntries(TIERS.map((tier) => [tier, 0]));
      for (const row of customerRows) {
        byStatus[row.status] += row.n;
        byTier[row.tier] += row.n;
      }
      const pipeline = (
        await db.query(
          `SELECT value_currency AS currency, stage, count(*)::int AS count, sum(value_amount)::text AS value, round(sum(value_amount * probability) / 100.0)::text AS weighted
             FROM crm.deals WHERE deleted_at IS NULL AND stage = ANY($1) GROUP BY 1, 2 ORDER BY 1, array_position($1::text[], stage::text)`,
          [OPEN_STAGES],
        )
      ).map((row: any) => ({
        stage: row.stage,
        count: row.count,
        value: { amount: Number(row.value), currency: row.currency },
        weightedValue: { amount: Number(row.weighted), currency: row.currency },
      }));
      const [closed] = await db.query(
        `SELECT count(*) FILTER (WHERE stage = 'closed_won')::int AS won, count(*) FILTER (WHERE stage = 'closed_lost')::int AS lost,
                (avg(extract(epoch FROM closed_at - created_at) / 86400) FILTER (WHERE stage = 'closed_won'))::text AS days
           FROM crm.deals WHERE deleted_at IS NULL`,
      );
      const revenue = (
        await db.query(
          `SELECT to_char(date_trunc('month', closed_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period_start, value_currency AS currency, count(*)::int AS won_count, sum(value_amount)::text AS value
             FROM crm.deals WHERE deleted_at IS NULL AND stage = 'closed_won' GROUP BY 1, 2 ORDER BY 1, 2`,
        )
      ).map((row: any) => ({
        periodStart: row.period_start,
        wonCount: row.won_count,
        value: { amount: Number(row.value), currency: row.currency },
      }));
      const reps = (
        await db.query(
          `SELECT owner_id, value_currency AS currency, count(*)::int AS won_count, sum(value_amount)::text AS won_value
             FROM crm.deals WHERE deleted_at IS NULL AND stage = 'closed_won' GROUP BY 1, 2 ORDER BY 2, sum(value_amount) DESC, count(*) DESC, 1`,
        )
      ).map((row: any) => ({
        ownerId: row.owner_id,
        wonCount: row.won_count,
        wonValue: { amount: Number(row.won_value), currency: row.currency },
      }));
      const { won, lost } = closed;
      return {
        overview: { total: customerRows.reduce((sum, row) => sum + row.n, 0), byStatus, byTier },
        pipeline,
        conversions: {
          won,
          lost,
          winRate: won + lost === 0 ? null : Math.round((won / (won + lost)) * 10_000) / 10_000,
          averageDaysToClose: closed.days === null ? null : Math.round(Number(closed.days) * 10) / 10,
        },
        revenue,
        reps,
      };
    };
    const readModel = async () => ({
      overview: await get('customers/overview'),
      pipeline: await items('deals/pipeline'),
      conversions: await get('deals/conversions'),
      revenue: await items(`revenue?from=2000-01-01&to=2099-12-31&granularity=month`),
      reps: await items('sales-reps/performance?top=100'),
    });

    const agreed = await eventually(async () => {
      const [expected, actual] = [await writeModel(), await readModel()];
      return isDeepStrictEqual(actual, expected) ? actual : undefined;
    }, 30_000).catch(() => undefined);
    const [expected, actual] = [await writeModel(), await readModel()];
    expect(actual).toEqual(expected); // shows the difference when they never agreed
    expect(agreed).toBeDefined();
    expect(actual.overview.total).toBeGreaterThan(0);
    expect(actual.conversions.won + actual.conversions.lost).toBeGreaterThan(0);
  });
});
