/**
 * Event delivery end to end, against floors measured in the same run; prints a table and writes it into docs/benchmarks.md.
 *   npm run bench:events     (needs the machine's PostgreSQL and Redis; BENCH_DATABASE_URL, BENCH_REDIS_URL and
 *                            BENCH_EVENTS_ROUNDS, 3, override; BENCH_EVENTS_PROFILE=<file> writes a CPU profile of the first
 *                            bullmq end-to-end burst, e.g. docs/profiles/events-bullmq.cpuprofile)
 * Every event is an `ordering.order-placed` outbox row aimed at Shipping's handler alone (as a dead-letter replay is), so one
 * event is one delivery and one shipment row, the floor's unit of work. Medians of ROUNDS rounds:
 * 1. memory: the transport alone (an awaited no-op handler), then end to end on the embedded database (outbox → relay →
 *    in-process queue → inbox + Shipping's handler);
 * 2. bullmq, on the machine's PostgreSQL and Redis, at the same concurrency and burst, alternating: end to end (outbox → relay → BullMQ
 *    → inbox + Shipping's handler); the naive floor in its own process (scripts/bench-events-floor.ts: BullMQ and a
 *    transaction inserting the shipment row, same database and table); raw BullMQ with an empty processor (the queue alone);
 * 3. latency at a fixed 1,000 events/s for 10 s, end to end (commit → handled) and on the naive floor (add → handled).
 */
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Delivery, MemoryTransport, OutboxRelay } from '@promenade/messaging';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import type { FloorAnswer, FloorRequest } from './bench-events-floor';
import { markdownTable, measuredOn, writeBenchmarkSection } from './support/benchmarks-doc';
import { Latency, offerAtRate, percentiles } from './support/offered-rate';
import { median } from './support/measure';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROUNDS = Number(process.env.BENCH_EVENTS_ROUNDS ?? 3);
/** EVENT_CONCURRENCY's default: handler transactions per context at once, and the floor's worker concurrency and pool. */
const CONCURRENCY = 10;
/** Rows the relay takes per batch, and jobs the floor adds per addBulk. */
const BATCH = 500;
const BURST = 20_000;
/** The embedded database runs one transaction at a time: a smaller burst keeps the run within minutes. */
const EMBEDDED_BURST = 5_000;
const TRANSPORT_ALONE = 200_000;
const RATE = 1_000;
const RATE_SECONDS = 10;
const HANDLER = 'shipping.create-shipment-on-order-placed';
const PROFILE = process.env.BENCH_EVENTS_PROFILE;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (n: number) => Math.round(n).toLocaleString('en');
const rate = (perSecond: number) => `${count(perSecond)} events/s`;
const ms = ({ p50, p99 }: Latency) => `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`;
const load = () => loadavg()[0].toFixed(1);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A running application on a new database of its own (and queue prefix), closed and dropped afterwards. */
interface BenchApp {
  app: NestFastifyApplication;
  db: DataSource;
  /** The PostgreSQL database's URL; undefined on the embedded database. */
  databaseUrl?: string;
  close(): Promise<void>;
}

async function startApp(transport: 'memory' | 'bullmq', database: 'embedded' | 'postgres'): Promise<BenchApp> {
  const name = `promenade_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER });
  let databaseUrl: string | undefined;
  if (database === 'postgres') {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'promenade-bench-'));
  const queuePrefix = `promenade-bench-${randomBytes(4).toString('hex')}`;
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl ?? '',
    MIGRATIONS_RUN: 'auto',
    EVENT_TRANSPORT: transport,
    REDIS_URL,
    EVENT_QUEUE_PREFIX: queuePrefix,
    EVENT_CONCURRENCY: String(CONCURRENCY),
    DATA_DIR: dataDir,
    // A real database needs a configured signing key; nothing here signs in, so any throwaway key does.
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    OUTBOX_BATCH_SIZE: String(BATCH),
  });
  const app = await createApp();
  await app.init();
  return {
    app,
    db: app.get(DataSource),
    databaseUrl,
    close: async () => {
      await app.close();
      if (transport === 'bullmq') await removeQueue(`${queuePrefix}.shipping`); // BullMQ keeps completed jobs a day
      if (databaseUrl) {
        await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function removeQueue(name: string): Promise<void> {
  const queue = new Queue(name, { connection: { url: REDIS_URL } });
  await queue.obliterate({ force: true });
  await queue.close();
}

async function memoryTransportAlone(): Promise<number> {
  const transport = new MemoryTransport({ concurrency: CONCURRENCY, backoffMs: 1000, shutdownTimeoutMs: 1000 });
  let handled = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  await transport.start(['bench'], {
    handle: async () => {
      if (++handled === TRANSPORT_ALONE) done();
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
  const deliveries: Delivery[] = Array.from({ length: TRANSPORT_ALONE }, (_, i) => ({
    id: `e${i}`,
    context: 'bench',
    handlerId: 'bench.H',
    envelope,
    maxAttempts: 1,
  }));
  const started = performance.now();
  await transport.send(deliveries);
  await finished;
  const perSecond = (TRANSPORT_ALONE / (performance.now() - started)) * 1000;
  await transport.stop();
  return perSecond;
}

/** `n` committed OrderPlaced events for Shipping's handler, inserted as a unit of work would (one transaction for all). */
async function insertEvents(db: DataSource, n: number): Promise<void> {
  await db.query(
    `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope)
     SELECT e.id, 'ordering.order-placed', e.order_id::text, $2, jsonb_build_object(
       'name', 'ordering.order-placed', 'version', 2, 'eventId', e.id, 'occurredAt', now(), 'aggregateId', e.order_id,
       'sequence', 1, 'correlationId', null,
       'payload', jsonb_build_object('orderId', e.order_id, 'customerId', e.order_id, 'currency', 'EUR', 'lines', '[]'::jsonb,
                                     'total', 0, 'paymentMethodId', e.order_id))
     FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS order_id FROM generate_series(1, $1)) e`,
    [n, HANDLER],
  );
}

/** Waits for `n` shipments; answers when the last one was created (ms since the epoch, stamped by the handler). */
async function untilShipped(db: DataSource, n: number): Promise<number> {
  for (;;) {
    const [{ shipped, last }] = await db.query(
      `SELECT count(*)::int AS shipped, extract(epoch FROM max(created_at)) * 1000 AS last FROM shipping.shipments`,
    );
    if (shipped >= n) return Number(last);
    await sleep(100);
  }
}

/** Events per second from the commit of `n` outbox rows to the last shipment. */
async function endToEndBurst({ app, db }: BenchApp, n: number): Promise<number> {
  await db.query(`TRUNCATE shipping.shipments, messaging.inbox, messaging.outbox`);
  const started = Date.now();
  await insertEvents(db, n);
  app.get(OutboxRelay).nudge(); // as the unit of work does after its commit
  return (n / ((await untilShipped(db, n)) - started)) * 1000;
}

/** Runs `work` under the CPU profiler and writes the profile to `file`. */
async function profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/** Commit → handled: from the outbox row's `created_at` (its transaction's start) to its shipment's. */
async function endToEndAtRate({ app, db }: BenchApp): Promise<Latency> {
  await db.query(`TRUNCATE shipping.shipments, messaging.inbox, messaging.outbox`);
  const relay = app.get(OutboxRelay);
  await offerAtRate(RATE, RATE_SECONDS, async (n) => {
    await insertEvents(db, n);
    relay.nudge();
  });
  await untilShipped(db, RATE * RATE_SECONDS);
  const rows: Array<{ ms: number }> = await db.query(
    `SELECT extract(epoch FROM s.created_at - o.created_at) * 1000 AS ms
     FROM shipping.shipments s JOIN messaging.outbox o ON o.aggregate_id = s.order_id::text`,
  );
  return percentiles(rows.map((row) => Number(row.ms)));
}

/** The naive floor's process (scripts/bench-events-floor.ts), asked one thing at a time. */
class NaiveFloor {
  private constructor(private readonly child: ChildProcess) {}

  static async start(databaseUrl: string): Promise<NaiveFloor> {
    const child = fork(join(__dirname, 'bench-events-floor.ts'), {
      execArgv: ['-r', 'ts-node/register'],
      env: {
        ...process.env,
        FLOOR_DATABASE_URL: databaseUrl,
        FLOOR_REDIS_URL: REDIS_URL,
        FLOOR_CONCURRENCY: String(CONCURRENCY),
        FLOOR_BATCH: String(BATCH),
      },
    });
    const [ready] = await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [undefined])]);
    if (ready !== 'ready') throw new Error('the naive floor did not start');
    return new NaiveFloor(child);
  }

  async burst(n: number): Promise<number> {
    return ((await this.ask({ burst: n })) as { perSecond: number }).perSecond;
  }

  async atRate(): Promise<Latency> {
    return ((await this.ask({ rate: RATE, seconds: RATE_SECONDS })) as { latency: Latency }).latency;
  }

  async close(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }

  private async ask(request: FloorRequest): Promise<FloorAnswer> {
    this.child.send(request);
    const [answer] = await Promise.race([once(this.child, 'message'), once(this.child, 'exit').then(() => [undefined])]);
    if (!answer) throw new Error('the naive floor exited');
    return answer as FloorAnswer;
  }
}

/** The queue alone: addBulk and a worker with an empty processor, same concurrency and burst. */
async function rawBullmq(n: number): Promise<number> {
  const name = `promenade-bench-raw-${randomBytes(4).toString('hex')}`;
  const queue = new Queue(name, { connection: { url: REDIS_URL } });
  let processed = 0;
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const worker = new Worker(name, async () => void (++processed === n && done()), {
    connection: { url: REDIS_URL, maxRetriesPerRequest: null },
    concurrency: CONCURRENCY,
  });
  await worker.waitUntilReady();
  const started = performance.now();
  for (let i = 0; i < n; i += BATCH) {
    await queue.addBulk(
      Array.from({ length: Math.min(BATCH, n - i) }, (_, j) => ({ name: 'raw', data: { i: i + j }, opts: { removeOnComplete: true } })),
    );
  }
  await finished;
  const perSecond = (n / (performance.now() - started)) * 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return perSecond;
}

/**
 * The transport alone runs first, before any application has made AsyncLocalStorage active: in Node 20 that puts a hook on
 * every promise, which the bus itself does not need. Then the end-to-end rounds, on one application.
 */
async function memoryRounds(): Promise<{ alone: number[]; endToEnd: number[] }> {
  const alone: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) alone.push(await memoryTransportAlone());
  log(`memory transport alone: ${alone.map(rate).join(', ')}`);
  const endToEnd: number[] = [];
  const memory = await startApp('memory', 'embedded');
  try {
    await endToEndBurst(memory, 500); // warm-up
    for (let round = 1; round <= ROUNDS; round++) {
      endToEnd.push(await endToEndBurst(memory, EMBEDDED_BURST));
      log(`round ${round}: memory end to end ${rate(endToEnd.at(-1)!)}`);
    }
  } finally {
    await memory.close();
  }
  return { alone, endToEnd };
}

async function bullmqRounds(): Promise<{ endToEnd: number[]; floor: number[]; raw: number[]; latency: Latency; floorLatency: Latency }> {
  const endToEnd: number[] = [];
  const floorRates: number[] = [];
  const raw: number[] = [];
  const bullmq = await startApp('bullmq', 'postgres');
  let floor: NaiveFloor | undefined;
  try {
    floor = await NaiveFloor.start(bullmq.databaseUrl!);
    await endToEndBurst(bullmq, 1_000); // warm-up
    await floor.burst(1_000);
    for (let round = 1; round <= ROUNDS; round++) {
      const burst = () => endToEndBurst(bullmq, BURST);
      endToEnd.push(await (PROFILE && round === 1 ? profiled(PROFILE, burst) : burst()));
      floorRates.push(await floor.burst(BURST));
      raw.push(await rawBullmq(BURST));
      log(
        `round ${round}: bullmq end to end ${rate(endToEnd.at(-1)!)}, naive floor ${rate(floorRates.at(-1)!)}, raw BullMQ ${rate(raw.at(-1)!)}`,
      );
    }
    const latency = await endToEndAtRate(bullmq);
    log(`bullmq end to end at ${count(RATE)} events/s: ${ms(latency)}`);
    const floorLatency = await floor.atRate();
    log(`naive floor at ${count(RATE)} events/s: ${ms(floorLatency)}`);
    return { endToEnd, floor: floorRates, raw, latency, floorLatency };
  } finally {
    await floor?.close();
    await bullmq.close();
  }
}

async function main(): Promise<void> {
  const loadAtStart = load();
  log(`${measuredOn()}; load average ${loadAtStart}; PostgreSQL ${SERVER.replace(/\/\/[^@]*@/, '//')}; Redis ${REDIS_URL}`);
  const memory = await memoryRounds();
  const bullmq = await bullmqRounds();

  const rounds = (values: number[]) => values.map(count).join(', ');
  const ratios = bullmq.endToEnd.map((value, i) => (value / bullmq.floor[i]).toFixed(2)).join(', ');
  const table = markdownTable(
    ['measurement', `median of ${ROUNDS}`, 'rounds'],
    [
      [
        `memory transport alone (${count(TRANSPORT_ALONE)} deliveries, awaited no-op handler)`,
        rate(median(memory.alone)),
        rounds(memory.alone),
      ],
      [
        `memory end to end on the embedded database, burst of ${count(EMBEDDED_BURST)} (outbox → relay → in-process queue → inbox + handler)`,
        rate(median(memory.endToEnd)),
        rounds(memory.endToEnd),
      ],
      [
        `bullmq end to end, burst of ${count(BURST)} (outbox → relay → BullMQ → inbox + handler)`,
        rate(median(bullmq.endToEnd)),
        rounds(bullmq.endToEnd),
      ],
      [
        `naive floor, burst of ${count(BURST)} (BullMQ → the shipment row inserted in a transaction of its own)`,
        rate(median(bullmq.floor)),
        rounds(bullmq.floor),
      ],
      [`raw BullMQ, burst of ${count(BURST)} (empty processor)`, rate(median(bullmq.raw)), rounds(bullmq.raw)],
      ['**bullmq end to end ÷ naive floor** (goal ≥ 0.5)', `**${(median(bullmq.endToEnd) / median(bullmq.floor)).toFixed(2)}**`, ratios],
      [
        `**bullmq end to end at ${count(RATE)} events/s for ${RATE_SECONDS} s**, commit → handled (goal p99 ≤ 50 ms)`,
        `**${ms(bullmq.latency)}**`,
        '',
      ],
      [`naive floor at ${count(RATE)} events/s for ${RATE_SECONDS} s, add → handled`, ms(bullmq.floorLatency), ''],
    ],
  );
  log(`\n${table}`);
  writeBenchmarkSection(
    'bench:events',
    `Measured on ${measuredOn()}; concurrency ${CONCURRENCY}, relay batches of ${BATCH}; load average ${loadAtStart} at the start, ${load()} at the end.\n\n${table}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
