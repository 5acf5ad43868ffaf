import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RefuseCurrencyOnCurrencyDeactivated } from '../../src/contexts/ordering/application/on-currency-deactivated/refuse-currency.on-currency-deactivated';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { expectProblem } from '../support/problems';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MAX_ATTEMPTS = 3;

/** Reference's currency announcements reach Ordering through BullMQ and the real PostgreSQL, as in production. */
describe('Reference → Ordering currency announcements on the bullmq transport', () => {
  let database: FreshDatabase;
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  let superadmin: SignedIn;
  let customer: SignedIn;

  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    t = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      EVENT_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      EVENT_BACKOFF_MS: '20',
      OUTBOX_POLL_MS: '100',
    });
    http = request(t.url);
    dataSource = t.app.get(DataSource);
    superadmin = await signUp(t, { roles: ['superadmin'] });
    customer = await signUp(t);
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
    await removeQueues(REDIS_URL, queuePrefix);
  });

  afterEach(() => jest.restoreAllMocks());

  const admin = (path: string) => http.post(`/api/v1/reference/${path}`).set(superadmin.headers);
  const createOrder = (currency: string) =>
    http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency, lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 100, currency } }] });
  const untilOrdersAnswer = (currency: string, status: number) =>
    eventually(async () => ((await createOrder(currency)).status === status ? true : undefined), 15_000);
  const eventIdsOf = async (code: string, name: string): Promise<string[]> =>
    (
      await dataSource.query(`SELECT event_id FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2 ORDER BY id`, [code, name])
    ).map((row: { event_id: string }) => row.event_id);
  const recordOf = async (code: string) =>
    (await dataSource.query(`SELECT refused, sequence::int FROM ordering.unavailable_currencies WHERE code = $1`, [code]))[0];

  it('a withdrawn EUR is refused for new orders once Ordering has handled the event, USD still works, and EUR works again after reactivation', async () => {
    expect((await http.get('/api/v1/reference/currencies/EUR').expect(200)).body).toMatchObject({ code: 'EUR', active: true });
    expect((await admin('currencies/EUR/deactivate').expect(200)).body).toMatchObject({ code: 'EUR', active: false });
    await eventually(async () => ((await http.get('/api/v1/reference/currencies/EUR')).body.active === false ? true : undefined), 15_000);

    await untilOrdersAnswer('EUR', 422);
    expectProblem(await createOrder('EUR'), 422, 'CURRENCY_UNAVAILABLE');
    await createOrder('USD').expect(201);
    const [deactivation] = await eventIdsOf('EUR', 'reference.currency-deactivated');
    const handlers = await dataSource.query(`SELECT handler FROM messaging.inbox WHERE event_id = $1 AND handler LIKE 'ordering.%'`, [
      deactivation,
    ]);
    expect(handlers).toEqual([{ handler: 'ordering.refuse-currency-on-currency-deactivated' }]);

    expect((await admin('currencies/EUR/activate').expect(200)).body).toMatchObject({ code: 'EUR', active: true });
    await untilOrdersAnswer('EUR', 201);
    expect(await recordOf('EUR')).toEqual({ refused: false, sequence: 2 });
  });

  it('ends refused after deactivate → activate → deactivate in quick succession', async () => {
    await admin('currencies/GBP/deactivate').expect(200);
    await admin('currencies/GBP/activate').expect(200);
    await admin('currencies/GBP/deactivate').expect(200);

    const record = await eventually(async () => ((await recordOf('GBP'))?.sequence === 3 ? recordOf('GBP') : undefined), 15_000);
    expect(record).toEqual({ refused: true, sequence: 3 });
    expectProblem(await createOrder('GBP'), 422, 'CURRENCY_UNAVAILABLE');
  });

  it('a deactivation replayed from the dead letters after a later activation changes nothing: the latest announcement wins', async () => {
    const failing = jest.spyOn(t.app.get(RefuseCurrencyOnCurrencyDeactivated), 'handle').mockRejectedValue(new Error('database hiccup'));
    await admin('currencies/CHF/deactivate').expect(200);
    const [deactivation] = await eventIdsOf('CHF', 'reference.currency-deactivated');
    const letter = await eventually(async () => {
      const { body } = await http.get('/api/v1/admin/dead-letters?context=ordering').set(superadmin.headers).expect(200);
      return body.items.find((item: { eventId: string }) => item.eventId === deactivation);
    }, 15_000);
    expect(letter).toMatchObject({ handler: 'ordering.refuse-currency-on-currency-deactivated', attempts: MAX_ATTEMPTS });
    expect(failing).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    failing.mockRestore();

    await admin('currencies/CHF/activate').expect(200);
    await eventually(async () => ((await recordOf('CHF'))?.sequence === 2 ? true : undefined), 15_000);
    await http.post(`/api/v1/admin/dead-letters/${letter.id}/replay`).set(superadmin.headers).expect(200);
    await eventually(async () => {
      const rows = await dataSource.query(
        `SELECT 1 FROM messaging.inbox WHERE event_id = $1 AND handler = 'ordering.refuse-currency-on-currency-deactivated'`,
        [deactivation],
      );
      return rows.length === 1 ? true : undefined;
    }, 15_000);

    expect(await recordOf('CHF')).toEqual({ refused: false, sequence: 2 });
    await createOrder('CHF').expect(201);
  });
});
