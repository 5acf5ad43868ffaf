/**
 * Event delivery throughput and latency, printed as a table (copied into docs/benchmarks.md).
 *   npm run bench:events            (needs the machine's PostgreSQL and Redis; BENCH_DATABASE_URL, BENCH_REDIS_URL override)
 * 1. memory transport alone: deliveries sent and handled by an awaited no-op handler;
 * 2. end to end, per transport: outbox rows (as committed OrderPlaced events) → relay → transport →
 *    inbox + the real Shipping handler (a shipment row each), events/s for a burst;
 * 3. bullmq end to end at a fixed 1,000 events/s: latency from commit to handled, p50 and p99;
 * 4. raw BullMQ on the same Redis: addBulk + a worker with an empty processor, same concurrency (the ceiling).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Delivery, MemoryTransport, OutboxRelay } from '@promenade/messaging';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONCURRENCY = 10;
const BURST = 20_000;
const RATE = 1_000;
const RATE_SECONDS = 10;

const rows: Array<[string, string]> = [];
const report = (what: string, figure: string) => {
  rows.push([what, figure]);
  process.stdout.write(`${what}: ${figure}\n`);
};
const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en')} events/s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function memoryTransportAlone(): Promise<void> {
  const count = 200_000;
  const transport = new MemoryTransport({ concurrency: CONCURRENCY, backoffMs: 1000, shutdownTimeoutMs: 1000 });
  let handled = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  await transport.start(['bench'], {
    handle: async () => {
      if (++handled === count) done();
    },
    deadLetter: async () => undefined,
  });
  const envelope = {
    name: 'bench.happened',
    version: 1,
    eventId: '',
    occurredAt: '',
    aggregateId: 'a',
    sequence: 1,
    correlationId: null,
    payload: {},
  };
  const deliveries: Delivery[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    context: 'bench',
    handlerId: 'bench.H',
    envelope,
    maxAttempts: 1,
  }));
  const started = performance.now();
  await transport.send(deliveries);
  await finished;
  report(
    `memory transport alone (${count.toLocaleString('en')} deliveries, awaited no-op handler, concurrency ${CONCURRENCY})`,
    perSecond(count, performance.now() - started),
  );
  await transport.stop();
}

async function withApp(
  transport: 'memory' | 'bullmq',
  work: (app: NestFastifyApplication, dataSource: DataSource) => Promise<void>,
): Promise<void> {
  const name = `promenade_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-'));
  const queuePrefix = `promenade-bench-${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    MIGRATIONS_RUN: 'auto',
    EVENT_TRANSPORT: transport,
    REDIS_URL,
    EVENT_QUEUE_PREFIX: queuePrefix,
    EVENT_CONCURRENCY: String(CONCURRENCY),
    DATA_DIR: dataDir,
    // A real database needs a configured signing key; nothing here signs in, so any throwaway key does.
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    OUTBOX_BATCH_SIZE: '500',
  });
  const app = await createApp();
  await app.init();
  try {
    await work(app, app.get(DataSource));
  } finally {
    await app.close();
    if (transport === 'bullmq') await removeQueue(`${queuePrefix}.shipping`); // BullMQ keeps completed jobs a day
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `count` committed OrderPlaced events, inserted as the unit of work would (one transaction for all of them). */
async function insertEvents(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, envelope)
     SELECT e.id, 'ordering.order-placed', e.order_id::text, jsonb_build_object(
       'name', 'ordering.order-placed', 'version', 1, 'eventId', e.id, 'occurredAt', now(), 'aggregateId', e.order_id,
       'sequence', 1, 'correlationId', null,
       'payload', jsonb_build_object('orderId', e.order_id, 'customerId', e.order_id, 'currency', 'EUR', 'lines', '[]'::jsonb, 'total', 0))
     FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS order_id FROM generate_series(1, $1)) e`,
    [count],
  );
}

async function handledCount(dataSource: DataSource): Promise<number> {
  return (await dataSource.query(`SELECT count(*)::int AS n FROM shipping.shipments`))[0].n;
}

async function untilHandled(dataSource: DataSource, count: number): Promise<void> {
  while ((await handledCount(dataSource)) < count) await sleep(20);
}

async function endToEndBurst(transport: 'memory' | 'bullmq'): Promise<void> {
  await withApp(transport, async (app, dataSource) => {
    const started = performance.now();
    await insertEvents(dataSource, BURST);
    app.get(OutboxRelay).nudge();
    await untilHandled(dataSource, BURST);
    report(
      `${transport} end to end, burst of ${BURST.toLocaleString('en')} (outbox → relay → queue → inbox + handler)`,
      perSecond(BURST, performance.now() - started),
    );
  });
}

async function bullmqLatencyAtFixedRate(): Promise<void> {
  await withApp('bullmq', async (app, dataSource) => {
    const relay = app.get(OutboxRelay);
    const perTick = RATE / 10;
    for (let tick = 0; tick < RATE_SECONDS * 10; tick++) {
      const due = performance.now() + 100;
      await insertEvents(dataSource, perTick);
      relay.nudge(); // as the unit of work does after each commit
      await sleep(Math.max(0, due - performance.now()));
    }
    await untilHandled(dataSource, RATE * RATE_SECONDS);
    const [{ p50, p99 }] = await dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99
       FROM (SELECT extract(epoch FROM s.created_at - o.created_at) * 1000 AS ms
             FROM shipping.shipments s JOIN messaging.outbox o ON o.aggregate_id = s.order_id::text) latencies`,
    );
    report(
      `bullmq end to end at ${RATE.toLocaleString('en')} events/s for ${RATE_SECONDS} s: commit → handled latency`,
      `p50 ${Number(p50).toFixed(1)} ms, p99 ${Number(p99).toFixed(1)} ms`,
    );
  });
}

async function removeQueue(name: string): Promise<void> {
  const queue = new Queue(name, { connection: { url: REDIS_URL } });
  await queue.obliterate({ force: true });
  await queue.close();
}

async function rawBullmq(): Promise<number> {
  const name = `promenade-bench-raw-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(name, { connection: { url: REDIS_URL } });
  let processed = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const worker = new Worker(name, async () => void (++processed === BURST && done()), {
    connection: { url: REDIS_URL, maxRetriesPerRequest: null },
    concurrency: CONCURRENCY,
  });
  await worker.waitUntilReady();
  const started = performance.now();
  for (let i = 0; i < BURST; i += 500) {
    await queue.addBulk(
      Array.from({ length: Math.min(500, BURST - i) }, (_, j) => ({ name: 'raw', data: { i: i + j }, opts: { removeOnComplete: true } })),
    );
  }
  await finished;
  const ms = performance.now() - started;
  report(
    `raw BullMQ, burst of ${BURST.toLocaleString('en')} (addBulk + empty processor, concurrency ${CONCURRENCY})`,
    perSecond(BURST, ms),
  );
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return (BURST / ms) * 1000;
}

async function main(): Promise<void> {
  process.stdout.write(`node ${process.version}; PostgreSQL ${SERVER.replace(/\/\/[^@]*@/, '//')}; Redis ${REDIS_URL}\n`);
  await memoryTransportAlone();
  await endToEndBurst('memory');
  await endToEndBurst('bullmq');
  await bullmqLatencyAtFixedRate();
  const ceiling = await rawBullmq();
  const endToEnd = Number(rows.find(([what]) => what.startsWith('bullmq end to end, burst'))![1].replace(/[^0-9]/g, ''));
  report('bullmq end to end as a share of raw BullMQ', `${((endToEnd / ceiling) * 100).toFixed(0)}%`);
  process.stdout.write(`\n| measurement | result |\n|---|---|\n${rows.map(([what, figure]) => `| ${what} | ${figure} |`).join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
