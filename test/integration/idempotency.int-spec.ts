import { randomUUID } from 'node:crypto';
import { IdempotencyStore } from '@promenade/http';
import { RequestContext, TransactionalCommandBus } from '@promenade/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { expectProblem } from '../support/problems';
import { startTestApp, TestApp } from '../support/test-app';

const ORDERS = '/api/v1/ordering/orders';
const BODY = { currency: 'EUR', lines: [{ sku: 'SKU-1', quantity: 2, unitPrice: { amount: 1250, currency: 'EUR' } }] };

/** What only a real server shows: a commit whose answer is lost, and two transactions racing for one key. */
describe('Idempotency-Key on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  let customer: SignedIn;
  let http: ReturnType<typeof request.agent>;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
    dataSource = testApp.app.get(DataSource);
  }, 120_000);

  beforeEach(async () => {
    customer = await signUp(testApp);
    http = request.agent(testApp.url).set(customer.headers);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  const ordersOf = async (userId: string): Promise<string[]> =>
    (await dataSource.query('SELECT id FROM ordering.orders WHERE customer_id = $1 ORDER BY id', [userId])).map(
      (row: { id: string }) => row.id,
    );

  /**
   * The connection drops at commit: COMMIT reaches the server and takes effect, but the client hears an
   * error instead of its answer. Only the transactions of the request with this id are hit.
   */
  function dropConnectionAtCommitOf(requestId: string): void {
    const commit = PostgresQueryRunner.prototype.commitTransaction;
    jest.spyOn(PostgresQueryRunner.prototype, 'commitTransaction').mockImplementation(async function (this: PostgresQueryRunner) {
      await commit.call(this);
      if (RequestContext.correlationId() === requestId) throw new Error('Connection terminated unexpectedly');
    });
  }

  it('answers a retry after a commit whose answer was lost with the original 201, and the order exists once', async () => {
    const key = randomUUID();
    const requestId = `lost-commit-${randomUUID()}`;
    dropConnectionAtCommitOf(requestId);

    const lost = await http.post(ORDERS).set('x-request-id', requestId).set('idempotency-key', key).send(BODY);
    expectProblem(lost, 503, 'DATABASE_UNAVAILABLE');
    const [placed] = await ordersOf(customer.userId);
    expect(placed).toEqual(expect.any(String)); // it committed, although the client was told the database was away

    const retry = await http.post(ORDERS).set('idempotency-key', key).send(BODY).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toMatchObject({
      id: placed,
      userId: customer.userId,
      status: 'draft',
      total: { amount: 2500, currency: 'EUR' },
    });
    const { body: stored } = await http.get(`${ORDERS}/${placed}`).expect(200);
    expect(retry.body).toEqual(stored);
    expect(await ordersOf(customer.userId)).toEqual([placed]);
  });

  it('without a key, the same lost answer makes the retry place a second order (what the key prevents)', async () => {
    const requestId = `lost-commit-${randomUUID()}`;
    dropConnectionAtCommitOf(requestId);
    expectProblem(await http.post(ORDERS).set('x-request-id', requestId).send(BODY), 503, 'DATABASE_UNAVAILABLE');
    await http.post(ORDERS).send(BODY).expect(201);
    expect(await ordersOf(customer.userId)).toHaveLength(2);
  });

  it('answers a repeat sent while the first request still runs with 409 IDEMPOTENCY_KEY_IN_USE, then replays the first answer', async () => {
    const key = randomUUID();
    // The seam: the first request's command waits, inside its transaction, until the repeat has been answered.
    const commands = testApp.app.get(TransactionalCommandBus);
    const execute = commands.execute.bind(commands);
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(commands, 'execute').mockImplementationOnce(async (command) => {
      entered();
      await released;
      return execute(command);
    });

    const first = http
      .post(ORDERS)
      .set('idempotency-key', key)
      .send(BODY)
      .then((response) => response);
    await inside;
    const repeat = await http.post(ORDERS).set('idempotency-key', key).send(BODY);
    expectProblem(repeat, 409, 'IDEMPOTENCY_KEY_IN_USE');
    release();

    const created = await first;
    expect(created.status).toBe(201);
    const later = await http.post(ORDERS).set('idempotency-key', key).send(BODY).expect(201);
    expect(later.body).toEqual(created.body);
    expect(await ordersOf(customer.userId)).toEqual([created.body.id]);
  });

  it('lets the same key be used again once its response has expired, and prunes expired keys', async () => {
    const key = randomUUID();
    const first = await http.post(ORDERS).set('idempotency-key', key).send(BODY).expect(201);
    await dataSource.query(`UPDATE http.idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = $1`, [
      customer.userId,
    ]);

    const second = await http
      .post(ORDERS)
      .set('idempotency-key', key)
      .send({ ...BODY, currency: 'USD', lines: [] })
      .expect(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.id).not.toBe(first.body.id);

    await dataSource.query(`UPDATE http.idempotency_keys SET created_at = now() - interval '25 hours' WHERE user_id = $1`, [
      customer.userId,
    ]);
    expect(await testApp.app.get(IdempotencyStore).prune()).toBeGreaterThanOrEqual(1);
    expect(await dataSource.query('SELECT key FROM http.idempotency_keys WHERE user_id = $1', [customer.userId])).toEqual([]);
  });
});
