/**
 * Order fulfillment sagas per second on the happy path, and the latency each saga step adds, on both transports.
 *   npm run bench:sagas     memory on the embedded database; bullmq on the machine's PostgreSQL and Redis
 *                           (BENCH_DATABASE_URL, BENCH_REDIS_URL override; BENCH_SAGAS sets the burst, 200)
 * Happy path: order placed (pm_card_ok) → stock reserved → invoiced → charged → reservation confirmed → order confirmed
 * and shipment released; then shipped and delivered by command (ShipShipment, DeliverShipment), as staff would.
 * 1. throughput: BENCH_SAGAS orders placed by 8 callers through the command bus, each shipment shipped as soon as it is
 *    released and delivered once the saga and the order have taken the shipping in; sagas delivered per second;
 * 2. latency per step, one saga at a time: from the event that triggers a step to the handling of the last message
 *    the step sent, read from the outbox and inbox rows; each is stamped with its transaction's start (`now()`), so
 *    "into the saga" includes the rest of the producer's transaction, and "out of it" is the saga's own transaction
 *    and one hop;
 * 3. the floor, in the same run on the same transport: plain event hops (a targeted OrderPlaced row → Shipping's
 *    handler, as bench:events measures), one at a time for the latency, a burst of as many deliveries as the sagas
 *    needed for the throughput.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { newId } from '@promenade/ddd';
import { OutboxRelay } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { CreatePaymentMethod } from '../src/contexts/billing/application/create-payment-method/create-payment-method.command';
import { CreateOrder } from '../src/contexts/ordering/application/create-order/create-order.command';
import { PlaceOrder } from '../src/contexts/ordering/application/place-order/place-order.command';
import { DeliverShipment } from '../src/contexts/shipping/application/deliver-shipment/deliver-shipment.command';
import { ShipShipment } from '../src/contexts/shipping/application/ship-shipment/ship-shipment.command';
import { CreateProduct } from '../src/contexts/warehouse/application/create-product/create-product.command';
import { ReceiveStock } from '../src/contexts/warehouse/application/receive-stock/receive-stock.command';
import { removeQueues } from '../test/support/redis-queues';
import { startTestApp, TestApp } from '../test/support/test-app';
import { createWarehouse } from '../test/support/warehouse';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SAGAS = Number(process.env.BENCH_SAGAS ?? 200);
const CALLERS = 8;
const WARM_UP = 10;
const ONE_AT_A_TIME = 20;
const PLAIN_HOPS = 50;
const SKUS = Array.from({ length: 20 }, (_, n) => `SAGA-${n}`);
const SAGA_HANDLER = 'fulfillment.order-fulfillment-saga';
const PLAIN_HANDLER = 'shipping.create-shipment-on-order-placed';
/** The happy path's steps, by the event that triggers each. */
const STEPS = [
  'ordering.order-placed',
  'warehouse.stock-reserved',
  'billing.invoice-issued',
  'billing.payment-succeeded',
  'warehouse.reservation-confirmed',
  'shipping.shipment-shipped',
  'shipping.shipment-delivered',
];

type Transport = 'memory' | 'bullmq';

interface Measured {
  sagasPerSecond: number;
  deliveriesPerSaga: number;
  plainPerSecond: number;
  plainHop: { p50: number; p99: number };
  steps: Map<string, { p50: number; into: number; out: number }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};
const round = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/** The app on the transport: memory on its own embedded database, bullmq on a new database of the server and new queues. */
async function withApp(transport: Transport, work: (app: TestApp) => Promise<Measured>): Promise<Measured> {
  if (transport === 'memory') {
    const app = await startTestApp({ MIGRATIONS_RUN: 'auto' });
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  }
  const name = `promenade_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const prefix = `promenade-bench-${randomBytes(4).toString('hex')}`;
  try {
    const app = await startTestApp({
      DATABASE_URL: url.toString(),
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: prefix,
      DATABASE_POOL_SIZE: String(CALLERS + 12),
    });
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await removeQueues(REDIS_URL, prefix); // BullMQ keeps completed jobs a day
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function measure({ app }: TestApp): Promise<Measured> {
  const commands = app.get(TransactionalCommandBus);
  const db = app.get(DataSource);
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params))[0].n);

  await commands.execute(createWarehouse('BENCH'));
  for (const sku of SKUS) await commands.execute(new CreateProduct({ sku, name: `Bench ${sku}`, unit: 'each' }));
  await commands.execute(
    new ReceiveStock(
      'BENCH',
      SKUS.map((sku) => ({ sku, quantity: 1_000_000 })),
      null,
      'bench',
    ),
  );
  const customerId = newId();
  const card = await commands.execute(new CreatePaymentMethod(customerId, 'pm_card_ok', 'bench card'));
  let placed = 0;
  const place = async () => {
    const n = placed++;
    const lines = [0, 1].map((i) => ({
      sku: SKUS[(n + i * 7) % SKUS.length],
      quantity: 1 + (n % 3),
      unitPrice: { amount: 1250, currency: 'EUR' },
    }));
    const orderId = await commands.execute(new CreateOrder(customerId, 'EUR', lines));
    await commands.execute(new PlaceOrder(orderId, card));
    return orderId;
  };
  let tracking = 0;
  /** Staff: ships what was released, delivers what the saga and the order know shipped. */
  const staff = async () => {
    const released: Array<{ id: string }> = await db.query(`SELECT id FROM shipping.shipments WHERE status = 'pending'`);
    for (const { id } of released) await commands.execute(new ShipShipment(id, 'UPS', `BENCH${++tracking}`));
    const shipped: Array<{ id: string }> = await db.query(
      `SELECT sh.id FROM shipping.shipments sh
       JOIN ordering.orders o ON o.id = sh.order_id AND o.status = 'shipped'
       JOIN fulfillment.sagas s ON s.correlation_key = 'order:' || o.id AND s.state = 'awaiting_delivery'
       WHERE sh.status = 'shipped'`,
    );
    for (const { id } of shipped) await commands.execute(new DeliverShipment(id));
  };
  const delivered = () => count(`SELECT count(*)::int AS n FROM fulfillment.sagas WHERE state = 'delivered'`);

  // Warm-up: every handler's code path compiled, the pool filled.
  for (let n = 0; n < WARM_UP; n++) await place();
  while ((await delivered()) < WARM_UP) {
    await staff();
    await sleep(20);
  }

  /** Until the last reactions (the order marked delivered, CRM's counts) are handled: the inbox stops growing. */
  const quiet = async () => {
    const inbox = () => count(`SELECT count(*)::int AS n FROM messaging.inbox`);
    let last = -1;
    for (let now = await inbox(); now !== last; now = await inbox()) {
      last = now;
      await sleep(500);
    }
  };

  // Throughput: a burst placed by CALLERS callers, staff working beside them.
  await quiet();
  const before = await delivered();
  const inboxBefore = await count(`SELECT count(*)::int AS n FROM messaging.inbox`);
  const started = performance.now();
  let placing = true;
  const callers = Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (placed < WARM_UP + SAGAS) await place();
    }),
  ).finally(() => (placing = false));
  while (placing || (await delivered()) < before + SAGAS) {
    await staff();
    await sleep(20);
  }
  await callers;
  const elapsed = performance.now() - started;
  await quiet();
  const deliveriesPerSaga = ((await count(`SELECT count(*)::int AS n FROM messaging.inbox`)) - inboxBefore) / SAGAS;

  // Latency: one saga at a time, each staff step taken as soon as it can be.
  const timed: string[] = [];
  for (let n = 0; n < ONE_AT_A_TIME; n++) {
    const orderId = await place();
    const shipment = async (status: string) =>
      (await db.query(`SELECT id FROM shipping.shipments WHERE order_id = $1 AND status = $2`, [orderId, status]))[0]?.id as
        string | undefined;
    await until(async () => (await shipment('pending')) !== undefined, 'released');
    await commands.execute(new ShipShipment((await shipment('pending'))!, 'UPS', `BENCH${++tracking}`));
    await until(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM ordering.orders o JOIN fulfillment.sagas s ON s.correlation_key = 'order:' || o.id
           WHERE o.id = $1 AND o.status = 'shipped' AND s.state = 'awaiting_delivery'`,
          [orderId],
        )) === 1,
      'shipped',
    );
    await commands.execute(new DeliverShipment((await shipment('shipped'))!));
    await until(
      async () => (await count(`SELECT count(*)::int AS n FROM ordering.orders WHERE id = $1 AND status = 'delivered'`, [orderId])) === 1,
      'delivered',
    );
    timed.push(`order:${orderId}`);
  }
  const steps = await stepLatencies(db, timed);

  const relay = app.get(OutboxRelay);
  const plainHop = await plainHopLatency(db, relay);
  const plainPerSecond = await plainBurst(db, relay, Math.round(deliveriesPerSaga * SAGAS));
  if ((await count(`SELECT count(*)::int AS n FROM messaging.dead_letters`)) > 0)
    throw new Error('dead letters: the run is not the happy path');
  return { sagasPerSecond: (SAGAS / elapsed) * 1000, deliveriesPerSaga, plainPerSecond, plainHop, steps };
}

/**
 * Per step of the timed sagas: the trigger's outbox row (its transaction's start, as `now()` stamps it), the saga's inbox
 * row for it (the saga's transaction, which also wrote the step's messages to the outbox, aggregate = the saga), and
 * the receivers' inbox rows for those messages. A scheduled message (the payment timeout) is not counted.
 */
async function stepLatencies(db: DataSource, keys: string[]): Promise<Measured['steps']> {
  const rows: Array<{ trigger: string; into: number; out: number }> = await db.query(
    `SELECT h.entry->>'trigger' AS trigger,
            extract(epoch FROM si.processed_at - t.created_at) * 1000 AS into,
            extract(epoch FROM max(ri.processed_at) - si.processed_at) * 1000 AS out
     FROM fulfillment.sagas s
     CROSS JOIN jsonb_array_elements(s.history) AS h(entry)
     JOIN messaging.outbox t ON t.event_id = (h.entry->>'eventId')::uuid AND t.target_handler IS NULL
     JOIN messaging.inbox si ON si.event_id = t.event_id AND si.handler = $2
     JOIN messaging.outbox m ON m.aggregate_id = s.id::text AND m.created_at = si.processed_at AND m.deliver_at IS NULL
     JOIN messaging.inbox ri ON ri.event_id = m.event_id
     WHERE s.correlation_key = ANY($1)
     GROUP BY s.id, h.entry, si.processed_at, t.created_at`,
    [keys, SAGA_HANDLER],
  );
  return new Map(
    STEPS.map((step) => {
      const mine = rows.filter((row) => row.trigger === step).map((row) => ({ into: Number(row.into), out: Number(row.out) }));
      if (mine.length !== keys.length) throw new Error(`${step}: ${mine.length} of ${keys.length} steps found`);
      return [
        step,
        {
          p50: percentile(
            mine.map(({ into, out }) => into + out),
            0.5,
          ),
          into: percentile(
            mine.map(({ into }) => into),
            0.5,
          ),
          out: percentile(
            mine.map(({ out }) => out),
            0.5,
          ),
        },
      ];
    }),
  );
}

/** `count` OrderPlaced rows aimed at Shipping's handler only (as a replay is), committed in one transaction. */
async function insertPlainHops(db: DataSource, count: number): Promise<string[]> {
  const rows: Array<{ event_id: string }> = await db.query(
    `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope)
     SELECT e.id, 'ordering.order-placed', e.order_id::text, $2, jsonb_build_object(
       'name', 'ordering.order-placed', 'version', 2, 'eventId', e.id, 'occurredAt', now(), 'aggregateId', e.order_id,
       'sequence', 1, 'correlationId', null,
       'payload', jsonb_build_object('orderId', e.order_id, 'customerId', e.order_id, 'currency', 'EUR', 'lines', '[]'::jsonb,
                                     'total', 0, 'paymentMethodId', e.order_id))
     FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS order_id FROM generate_series(1, $1)) e
     RETURNING event_id`,
    [count, PLAIN_HANDLER],
  );
  return rows.map((row) => row.event_id);
}

async function plainHopLatency(db: DataSource, relay: OutboxRelay): Promise<Measured['plainHop']> {
  const hops: number[] = [];
  for (let n = 0; n < PLAIN_HOPS; n++) {
    const [eventId] = await insertPlainHops(db, 1);
    relay.nudge(); // as the unit of work does after each commit
    let latency: number | undefined;
    await until(async () => {
      const [row] = await db.query(
        `SELECT extract(epoch FROM i.processed_at - o.created_at) * 1000 AS ms
         FROM messaging.inbox i JOIN messaging.outbox o ON o.event_id = i.event_id WHERE i.event_id = $1 AND i.handler = $2`,
        [eventId, PLAIN_HANDLER],
      );
      latency = row ? Number(row.ms) : undefined;
      return row !== undefined;
    }, 'plain hop');
    hops.push(latency!);
  }
  return { p50: percentile(hops, 0.5), p99: percentile(hops, 0.99) };
}

async function plainBurst(db: DataSource, relay: OutboxRelay, count: number): Promise<number> {
  const handled = async () =>
    Number((await db.query(`SELECT count(*)::int AS n FROM messaging.inbox WHERE handler = $1`, [PLAIN_HANDLER]))[0].n);
  const before = await handled();
  const started = performance.now();
  await insertPlainHops(db, count);
  relay.nudge();
  while ((await handled()) < before + count) await sleep(20);
  return (count / (performance.now() - started)) * 1000;
}

async function main(): Promise<void> {
  process.stdout.write(
    `node ${process.version}; bullmq on PostgreSQL ${SERVER.replace(/\/\/[^@]*@/, '//')} and Redis ${REDIS_URL}; memory on embedded PGlite\n`,
  );
  const results = new Map<Transport, Measured>();
  for (const transport of ['memory', 'bullmq'] as const) {
    process.stdout.write(`${transport}: running…\n`);
    results.set(transport, await withApp(transport, measure));
  }
  const [memory, bullmq] = [results.get('memory')!, results.get('bullmq')!];
  const rows: Array<[string, string, string]> = [];
  const both = (what: string, figure: (m: Measured) => string) => rows.push([what, figure(memory), figure(bullmq)]);
  both(
    `happy-path sagas, burst of ${SAGAS} (8 callers placing, staff shipping and delivering by command)`,
    (m) => `${m.sagasPerSecond.toFixed(1)} sagas/s`,
  );
  both('deliveries per saga (inbox rows: the saga, the receivers of its messages, the other subscribers)', (m) =>
    m.deliveriesPerSaga.toFixed(1),
  );
  both(
    `floor: plain hops (targeted OrderPlaced → Shipping's handler), burst of as many deliveries`,
    (m) => `${round(m.plainPerSecond)} deliveries/s`,
  );
  both(
    'floor in sagas/s (plain hops per second ÷ deliveries per saga)',
    (m) => `${(m.plainPerSecond / m.deliveriesPerSaga).toFixed(1)} sagas/s`,
  );
  both('sagas as a share of the floor', (m) => `${((m.sagasPerSecond / (m.plainPerSecond / m.deliveriesPerSaga)) * 100).toFixed(0)}%`);
  both(
    `floor: one plain hop, commit → handled, one at a time (${PLAIN_HOPS})`,
    (m) => `p50 ${ms(m.plainHop.p50)}, p99 ${ms(m.plainHop.p99)}`,
  );
  for (const step of STEPS) {
    both(
      `step on ${step}: its transaction → saga → the step's last message handled, p50 of ${ONE_AT_A_TIME} (into the saga + out of it)`,
      (m) => {
        const { p50, into, out } = m.steps.get(step)!;
        return `${ms(p50)} (${ms(into)} + ${ms(out)})`;
      },
    );
  }
  const median = (m: Measured, part: 'p50' | 'out') =>
    percentile(
      [...m.steps.values()].map((step) => step[part]),
      0.5,
    );
  both('median step ÷ two plain hops', (m) => `${(median(m, 'p50') / (2 * m.plainHop.p50)).toFixed(2)}× (${ms(median(m, 'p50'))})`);
  both(
    'median out of the saga (its transaction + one hop) ÷ one plain hop',
    (m) => `${(median(m, 'out') / m.plainHop.p50).toFixed(2)}× (${ms(median(m, 'out'))})`,
  );
  process.stdout.write(
    `\n| measurement | memory, embedded PGlite | bullmq, PostgreSQL + Redis |\n|---|---|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
