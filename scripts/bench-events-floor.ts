/**
 * The naive floor `npm run bench:events` measures event delivery against: the same work with BullMQ and pg alone, in its
 * own process. Jobs carry an order id and are added in the relay's batches; a worker at the same concurrency, on a pool of
 * the same size, inserts the shipment row in a transaction of its own. No outbox, no relay, no inbox, no framework.
 * Started by scripts/bench-events.ts with FLOOR_DATABASE_URL (a migrated database), FLOOR_REDIS_URL, FLOOR_CONCURRENCY and
 * FLOOR_BATCH; driven over IPC: `{ burst: n }` answers `{ perSecond }`, `{ rate, seconds }` answers `{ latency }`, both
 * with the table emptied first.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { Latency, offerAtRate, percentiles } from './support/offered-rate';

export type FloorRequest = { burst: number } | { rate: number; seconds: number };
export type FloorAnswer = { perSecond: number } | { latency: Latency };

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: this process is started by scripts/bench-events.ts`);
  return value;
}

const CONCURRENCY = Number(env('FLOOR_CONCURRENCY'));
const BATCH = Number(env('FLOOR_BATCH'));
const connection = { url: env('FLOOR_REDIS_URL') };

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: env('FLOOR_DATABASE_URL'), max: CONCURRENCY });
  const name = `promenade-bench-floor-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(name, { connection });
  let expected = 0;
  let latencies: number[] = [];
  let lastCreated = 0;
  let done: () => void = () => undefined;

  const worker = new Worker<{ orderId: string; sentAt: number }>(
    name,
    async ({ data }) => {
      const createdAt = new Date();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO shipping.shipments (id, version, order_id, status, created_at, updated_at) VALUES ($1, 1, $2, 'held', $3, $3)`,
          [randomUUID(), data.orderId, createdAt],
        );
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      latencies.push(createdAt.getTime() - data.sentAt);
      lastCreated = Math.max(lastCreated, createdAt.getTime());
      if (latencies.length === expected) done();
    },
    { connection: { ...connection, maxRetriesPerRequest: null }, concurrency: CONCURRENCY },
  );
  await worker.waitUntilReady();

  const add = async (n: number) => {
    for (let i = 0; i < n; i += BATCH) {
      const sentAt = Date.now();
      const jobs = Array.from({ length: Math.min(BATCH, n - i) }, () => ({ orderId: randomUUID(), sentAt }));
      await queue.addBulk(jobs.map((data) => ({ name: 'ordering.order-placed', data, opts: { removeOnComplete: true } })));
    }
  };
  /** Empties the table, runs `produce`, waits for its `n` shipments; answers when it started. */
  const run = async (n: number, produce: () => Promise<void>) => {
    await pool.query('TRUNCATE shipping.shipments');
    [expected, latencies, lastCreated] = [n, [], 0];
    const finished = new Promise<void>((resolve) => (done = resolve));
    const started = Date.now();
    await produce();
    await finished;
    return started;
  };
  const answer = async (request: FloorRequest): Promise<FloorAnswer> => {
    if ('burst' in request) {
      const started = await run(request.burst, () => add(request.burst));
      return { perSecond: (request.burst / (lastCreated - started)) * 1000 };
    }
    await run(request.rate * request.seconds, () => offerAtRate(request.rate, request.seconds, add));
    return { latency: percentiles(latencies) };
  };

  process.on('message', (request: FloorRequest) => {
    answer(request).then((reply) => process.send!(reply), fail);
  });
  process.once('disconnect', () => {
    void (async () => {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
      await pool.end();
    })();
  });
  process.send!('ready');
}

function fail(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}

main().catch(fail);
