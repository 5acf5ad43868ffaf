import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { exited, freePort, runTs, waitForOutput } from '../support/service-process';
import { eventually, TEST_JWT_SECRET } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const READY = /API docs: (http:\/\/localhost:\d+)\/docs/;

/** A worker process killed with SIGKILL in the middle of a handler: the job is retried elsewhere, and the effect stays single. */
describe('a worker killed during a handler (bullmq)', () => {
  let database: FreshDatabase;
  let dataDir: string;
  const children: ChildProcess[] = [];
  const prefix = `promenade-crash-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'promenade-crash-'));
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    await removeQueues(REDIS_URL, prefix);
  });

  async function startService(): Promise<string> {
    const port = await freePort();
    const child = runTs('src/main.ts', [], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: prefix,
      EVENT_STALLED_INTERVAL_MS: '1000',
      EVENT_BACKOFF_MS: '50',
      // The credential rate limits count in Redis, shared with other test files signing up from this address.
      RATE_LIMIT_REGISTER_PER_MINUTE: '10000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    });
    children.push(child);
    return READY.exec(await waitForOutput(child, READY))![1];
  }

  it('handles the event again after the crash, and makes one shipment', async () => {
    const first = await startService();
    // A customer signs up through the service's API (signUp needs only the URL when no roles are set).
    const customer = await signUp({ url: first });
    const blocker = new Client({ connectionString: database.url });
    // pg_stat_activity is a snapshot per transaction, so the blocked query is watched from another session.
    const observer = new Client({ connectionString: database.url });
    await Promise.all([blocker.connect(), observer.connect()]);
    try {
      // Hold the shipments table so the handler blocks inside its transaction (after its inbox row).
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE shipping.shipments IN ACCESS EXCLUSIVE MODE');
      const created = await fetch(`${first}/api/v1/ordering/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...customer.headers },
        body: JSON.stringify({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const placed = await fetch(`${first}/api/v1/ordering/orders/${id}/place`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...customer.headers },
        body: JSON.stringify({ paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' }),
      });
      expect(placed.status).toBe(200);
      await eventually(async () => {
        const { rows } = await observer.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%shipping%shipments%'`,
        );
        return rows.length > 0 ? true : undefined;
      }, 15_000);

      children[0].kill('SIGKILL');
      await exited(children[0]);
      await blocker.query('ROLLBACK');

      await startService();
      const count = async () =>
        (await observer.query(`SELECT count(*)::int AS n FROM shipping.shipments WHERE order_id = $1`, [id])).rows[0].n;
      await eventually(async () => ((await count()) === 1 ? true : undefined), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await count()).toBe(1);
      const inbox = await observer.query(
        `SELECT count(*)::int AS n FROM messaging.inbox WHERE handler = 'shipping.create-shipment-on-order-placed'`,
      );
      expect(inbox.rows[0].n).toBe(1);
    } finally {
      await Promise.all([blocker.end(), observer.end()]);
    }
  }, 90_000);
});
