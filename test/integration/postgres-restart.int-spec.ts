import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { signUp, SignedIn } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { Answer, call, expectStatus, ServiceCluster, ServiceInstance } from '../support/service-cluster';
import { lineOf, notFulfilledOnce, openShop, Shopper, settledFulfillment } from '../support/shop';
import { eventually } from '../support/test-app';

const run = promisify(execFile);
const SKUS = ['PG-MUG', 'PG-TEE'];
const PLACING_AT_ONCE = 4;
/** Orders answered before the restart, and after the service answered again. */
const BEFORE = 15;
const AFTER = 15;
/** Longer than this for an answer during the outage counts as hanging (DATABASE_CONNECT_TIMEOUT_MS is 2 s here). */
const HANGING_MS = 15_000;
/** How long the database stays down: requests keep coming meanwhile. */
const OUTAGE_MS = 3_000;

/** Stops or starts the machine's PostgreSQL cluster as an operator would (a stop is a fast shutdown: every connection is cut). */
async function postgres(action: 'stop' | 'start'): Promise<void> {
  const [version] = readdirSync('/etc/postgresql');
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { timeout: 60_000 });
}

/** PostgreSQL answers again; started if a failed restart left it down, so the suites after this one find it running. */
async function ensurePostgresRunning(): Promise<void> {
  const ready = () =>
    run('pg_isready', ['-h', '127.0.0.1', '-p', '5432']).then(
      () => true,
      () => false,
    );
  if (await ready()) return;
  const [version] = readdirSync('/etc/postgresql');
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']).catch(() => undefined);
  for (let n = 0; n < 30 && !(await ready()); n++) await new Promise((resolve) => setTimeout(resolve, 1_000));
}

/**
 * PostgreSQL stopped for a few seconds and started again under load, with an `api` and a `worker` process running: requests during the outage are answered
 * 503 problem+json at once rather than left hanging; both processes recover by themselves; every order placed is paid,
 * invoiced and shipped once, and every event is handled once by each handler.
 */
describe('PostgreSQL restarted under load (api + worker, bullmq)', () => {
  let database: FreshDatabase;
  let db: Pool;
  let cluster: ServiceCluster;
  let api: ServiceInstance;
  let worker: ServiceInstance;
  let admin: SignedIn;
  let customers: Shopper[];

  beforeAll(async () => {
    database = await createFreshDatabase();
    // A pool, not a client: the restart cuts this test's own connections too, and a pool replaces them.
    db = new Pool({ connectionString: database.url, max: 2 });
    db.on('error', () => undefined);
    cluster = new ServiceCluster(database.url, { DATABASE_CONNECT_TIMEOUT_MS: '2000', RATE_LIMIT_REGISTER_PER_MINUTE: '10000' });
    worker = await cluster.start('worker', { MIGRATIONS_RUN: 'auto' });
    api = await cluster.start('api');
    admin = await signUp({ url: api.url });
    await db.query(`UPDATE identity.users SET roles = $1 WHERE id = $2`, [['admin'], admin.userId]);
    customers = await openShop([api.url], admin, SKUS, 4);
  }, 300_000);

  afterAll(async () => {
    await ensurePostgresRunning();
    await cluster?.close();
    await db?.end();
    await database?.drop();
  }, 120_000);

  it('answers 503 during the outage, recovers without a restart, and loses or doubles nothing', async () => {
    const placed = new Set<string>();
    const outageAnswers: Array<{ status: number; code?: string; type: string | null; ms: number }> = [];
    let restarted = false;
    let answeredAfter = 0;
    let restart: Promise<void> | undefined;

    /** Keeps an answer that was not the one hoped for: it must be a 503 (the database is away). */
    function noteOutage(answer: Answer, ms: number): void {
      outageAnswers.push({ status: answer.status, code: answer.body?.code, type: answer.headers.get('content-type'), ms });
      if (answer.status !== 503) throw new Error(`expected success or 503, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    }

    /**
     * Sends until the answer is `ok`, as a client would after a 503. `settledBefore` tells an answer that means an earlier
     * attempt's commit landed although its answer was a 503 (a placement then finds the order placed already).
     */
    async function insist(ok: number, send: () => Promise<Answer>, settledBefore?: (answer: Answer) => boolean): Promise<any> {
      for (let retried = false; ; retried = true) {
        const started = performance.now();
        const answer = await send();
        if (answer.status === ok || (retried && settledBefore?.(answer))) return answer.body;
        noteOutage(answer, Math.round(performance.now() - started));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    await Promise.all(
      Array.from({ length: PLACING_AT_ONCE }, async (_, lane) => {
        for (let n = lane; !restarted || answeredAfter < AFTER; n += PLACING_AT_ONCE) {
          const customer = customers[n % customers.length];
          const draft = await insist(201, () =>
            call(api.url, 'POST', '/ordering/orders', {
              headers: customer.headers,
              body: { currency: 'EUR', lines: [lineOf(SKUS[n % SKUS.length], 1)] },
              timeoutMs: HANGING_MS,
            }),
          );
          await insist(
            200,
            () =>
              call(api.url, 'POST', `/ordering/orders/${draft.id}/place`, {
                headers: customer.headers,
                body: { paymentMethodId: customer.paymentMethodId },
                timeoutMs: HANGING_MS,
              }),
            (answer) => answer.status === 409,
          );
          placed.add(draft.id);
          if (restarted) answeredAfter++;
          if (placed.size === BEFORE && !restart) {
            restart = (async () => {
              await postgres('stop');
              // While it is down, a read and a write straight away: each answered 503, not left waiting.
              const customer = customers[0];
              for (const probe of [
                () => call(api.url, 'GET', `/ordering/orders/${draft.id}`, { headers: customer.headers, timeoutMs: HANGING_MS }),
                () =>
                  call(api.url, 'POST', '/ordering/orders', {
                    headers: customer.headers,
                    body: { currency: 'EUR', lines: [lineOf(SKUS[0], 1)] },
                    timeoutMs: HANGING_MS,
                  }),
              ]) {
                const started = performance.now();
                noteOutage(await probe(), Math.round(performance.now() - started));
              }
              await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
              await postgres('start');
              restarted = true;
            })();
          }
        }
      }),
    );
    await restart;

    // Requests during the outage were answered, fast, with a problem saying the database is away.
    console.info(`postgres-restart: ${outageAnswers.length} answers during the outage: ${JSON.stringify(outageAnswers)}`);
    expect(outageAnswers.filter((answer) => answer.status !== 503 || !/^application\/problem\+json/.test(answer.type ?? ''))).toEqual([]);
    expect(outageAnswers.filter((answer) => answer.ms >= HANGING_MS)).toEqual([]);
    expect(outageAnswers.filter((answer) => answer.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(outageAnswers.length).toBeGreaterThanOrEqual(2);

    // Both processes recovered without a restart.
    expect([api.child.exitCode, worker.child.exitCode]).toEqual([null, null]);
    await expectStatus(200, call(api.url, 'GET', '/health/ready'));
    await expectStatus(200, call(worker.url, 'GET', '/health/ready'));
    // The worker's outbox listener is back on its own connection (the relay only polled while it was away).
    const listeners = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'promenade outbox listener' AND datname = current_database()`,
        )
      ).rows[0].n;
    await eventually(async () => ((await listeners()) >= 1 ? true : undefined), 30_000).catch(() => undefined);
    expect(await listeners()).toBe(1);

    const { orders, unconfirmed, deadLetters } = await settledFulfillment(db);
    expect(orders.map((order) => order.id)).toEqual([...placed].sort());
    expect(notFulfilledOnce(orders)).toEqual([]);
    expect(unconfirmed).toEqual([]);
    expect(deadLetters).toEqual([]);
  }, 600_000);
});
