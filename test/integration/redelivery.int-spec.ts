import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Delivery, EVENT_TRANSPORT, EventRoutes, EventTransport, RedeliverySweep } from '@promenade/messaging';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { expectProblem } from '../support/problems';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const ORDER = { currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] };
const SHIP = 'shipping.create-shipment-on-order-placed';
const PAYMENT = { paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' };

async function placeOrders(testApp: TestApp, customer: SignedIn, count: number): Promise<string[]> {
  const http = request(testApp.url);
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { body } = await http.post('/api/v1/ordering/orders').set(customer.headers).send(ORDER).expect(201);
      await http.post(`/api/v1/ordering/orders/${body.id}/place`).set(customer.headers).send(PAYMENT).expect(200);
      return body.id as string;
    }),
  );
}

/** Shipments per placed order, from PostgreSQL: `{ orders, shipped, most }`. */
async function shipmentsPerOrder(dataSource: DataSource): Promise<{ orders: number; shipped: number; most: number }> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS orders, count(*) FILTER (WHERE n > 0)::int AS shipped, coalesce(max(n), 0)::int AS most
     FROM (SELECT o.id, count(s.id) AS n FROM ordering.orders o LEFT JOIN shipping.shipments s ON s.order_id = o.id WHERE o.status <> 'draft' GROUP BY o.id) per_order`,
  );
  return row;
}

/**
 * Delivery is confirmed by the inbox, not by the broker: events Redis accepted and then lost (killed
 * without saving, restarted empty) reach their handlers once, through the redelivery sweep. Redis is this
 * file's own (test/support/private-redis); the machine's Redis is never touched.
 */
describe('events Redis lost (bullmq, real PostgreSQL)', () => {
  let redis: PrivateRedis;
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  let startWarnings: string[] = [];
  /** Set while a test has Redis killed, so teardown brings it back only then (restarting a running one orphans it). */
  let redisDown = false;
  const killRedis = async () => {
    redisDown = true;
    await redis.kill();
  };
  const restartRedis = async () => {
    await redis.restart();
    redisDown = false;
  };

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createFreshDatabase();
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    try {
      testApp = await startTestApp({
        DATABASE_URL: database.url,
        MIGRATIONS_RUN: 'auto',
        EVENT_TRANSPORT: 'bullmq',
        REDIS_URL: redis.url,
        EVENT_QUEUE_PREFIX: `redelivery-${randomUUID().slice(0, 8)}`,
        OUTBOX_POLL_MS: '100',
        EVENT_BACKOFF_MS: '50',
        EVENT_REDELIVERY_AFTER_MS: '1000',
        // Blocked handlers hold their connections: few at once, and room in the pool for the requests.
        EVENT_CONCURRENCY: '2',
        DATABASE_POOL_SIZE: '20',
      });
    } finally {
      startWarnings = warnings.mock.calls.map(([message]) => String(message));
      warnings.mockRestore();
    }
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    if (redisDown) await redis.restart().catch(() => undefined); // the app closes its queues against a Redis that answers
    await testApp?.close();
    await database?.drop();
    await redis?.close();
  });

  afterEach(() => jest.restoreAllMocks());

  it('warns at start that Redis keeps no append-only file, so a crash loses the jobs it holds', () => {
    expect(startWarnings).toContainEqual(
      expect.stringMatching(/^Redis keeps no append-only file \(appendonly no; no RDB snapshots either\)/),
    );
  });

  it('gives every placed order exactly one shipment when Redis is killed without saving mid-burst and restarted empty', async () => {
    const customer = await signUp(testApp);
    const admin = await signUp(testApp, { roles: ['superadmin'] });
    const resent = jest.spyOn(Logger.prototype, 'warn');
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    let placed: string[];
    try {
      // Shipping's handlers block inside their transactions, so the first wave's jobs sit in Redis, accepted and unhandled.
      await blocker.query(`SET idle_in_transaction_session_timeout = '90s'`); // a test that fails midway never holds the lock for good
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE shipping.shipments IN ACCESS EXCLUSIVE MODE');
      const firstWave = await placeOrders(testApp, customer, 40);
      const sent = `SELECT count(*)::int AS n FROM messaging.outbox WHERE event_name = 'ordering.order-placed' AND aggregate_id = ANY($1) AND sent_at IS NOT NULL`;
      await eventually(async () => ((await dataSource.query(sent, [firstWave]))[0].n === firstWave.length ? true : undefined), 30_000);

      await killRedis(); // its jobs are gone; their outbox rows say sent
      const secondWave = await placeOrders(testApp, customer, 20); // committed while Redis is down: they wait in the outbox
      await restartRedis();
      placed = [...firstWave, ...secondWave];
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }

    await eventually(async () => ((await shipmentsPerOrder(dataSource)).shipped === placed.length ? true : undefined), 60_000);
    expect(await shipmentsPerOrder(dataSource)).toEqual({ orders: placed.length, shipped: placed.length, most: 1 });
    const inbox = await dataSource.query(`SELECT count(*)::int AS n FROM messaging.inbox WHERE handler = $1`, [SHIP]);
    expect(inbox).toEqual([{ n: placed.length }]);
    // Every other subscriber of OrderPlaced (CRM, the fulfillment process) got every order once too.
    const [{ envelope }] = await dataSource.query(
      `SELECT envelope FROM messaging.outbox WHERE event_name = 'ordering.order-placed' LIMIT 1`,
    );
    const subscribers = testApp.app.get(EventRoutes).deliveriesOf(envelope);
    const everyOrder = Object.fromEntries(subscribers.map(({ handlerId }) => [handlerId, placed.length]));
    const handledPerSubscriber = async (): Promise<Record<string, number>> =>
      Object.fromEntries(
        (
          await dataSource.query(
            `SELECT i.handler, count(*)::int AS n FROM messaging.inbox i
             JOIN messaging.outbox o ON o.event_id = i.event_id AND o.event_name = 'ordering.order-placed' AND o.target_handler IS NULL
             WHERE o.aggregate_id = ANY($1) GROUP BY i.handler`,
            [placed],
          )
        ).map(({ handler, n }: { handler: string; n: number }) => [handler, n]),
      );
    const handledByAll = async () => {
      const handled = await handledPerSubscriber();
      return subscribers.every(({ handlerId }) => handled[handlerId] === placed.length) ? true : undefined;
    };
    await eventually(handledByAll, 30_000);
    expect(await handledPerSubscriber()).toEqual(everyOrder);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM messaging.dead_letters`)).toEqual([{ n: 0 }]);

    const { body: stats } = await request(testApp.url).get('/api/v1/admin/events/stats').set(admin.headers).expect(200);
    expect(stats.redelivered).toBeGreaterThan(0);
    expect(resent.mock.calls.map(([message]) => String(message))).toContainEqual(
      expect.stringMatching(/^redelivered \d+ delivery\(ies\) the inbox had not confirmed 1000 ms after sending .*ordering\.order-placed/),
    );
  }, 120_000);

  it('answers the events stats with 503 problem+json naming Redis while Redis is down', async () => {
    const admin = await signUp(testApp, { roles: ['superadmin'] });
    await killRedis();
    try {
      const response = await request(testApp.url).get('/api/v1/admin/events/stats').set(admin.headers);
      expectProblem(response, 503, 'NOT_READY');
      expect(response.body.detail).toBe('not ready: redis');
    } finally {
      await restartRedis();
    }
    await eventually(
      async () => ((await request(testApp.url).get('/api/v1/admin/events/stats').set(admin.headers)).status === 200 ? true : undefined),
      30_000,
    );
  }, 60_000);
});

/**
 * The sweep's choices on the real PostgreSQL, on the memory transport, whose queues die with their process:
 * what it re-sends, what it leaves alone, and that a row it confirmed is never read again. OrderPlaced has
 * several subscribers (Shipping, CRM, the fulfillment process): a row owes one delivery to each, as the app's
 * routing lists them, and Shipping's shipment shows the effect happening once.
 */
describe('the redelivery sweep (memory transport, real PostgreSQL)', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  let sweep: RedeliverySweep;
  let transport: EventTransport;
  let routes: EventRoutes;
  let customer: SignedIn;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      OUTBOX_POLL_MS: '100',
      EVENT_REDELIVERY_AFTER_MS: '60000',
      INBOX_RETENTION_HOURS: '24',
      OUTBOX_BATCH_SIZE: '2',
    });
    dataSource = testApp.app.get(DataSource);
    sweep = testApp.app.get(RedeliverySweep);
    await sweep.stop(); // run by hand below
    transport = testApp.app.get<EventTransport>(EVENT_TRANSPORT);
    routes = testApp.app.get(EventRoutes);
    customer = await signUp(testApp);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  afterEach(() => jest.restoreAllMocks());

  const rowOf = async (orderId: string) =>
    (
      await dataSource.query(
        `SELECT id::text, event_id, envelope, confirmed_at, redelivered FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = 'ordering.order-placed' AND target_handler IS NULL`,
        [orderId],
      )
    )[0];
  /** As if the row had been sent this long ago (the sweep looks only at rows older than EVENT_REDELIVERY_AFTER_MS). */
  const sentAgo = (orderId: string, interval: string) =>
    dataSource.query(`UPDATE messaging.outbox SET sent_at = now() - $2::interval WHERE aggregate_id = $1 AND sent_at IS NOT NULL`, [
      orderId,
      interval,
    ]);
  const shipments = async (orderId: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM shipping.shipments WHERE order_id = $1`, [orderId]))[0].n;
  /** What the order's OrderPlaced row owes: one delivery per subscribing handler. */
  const owedFor = async (orderId: string): Promise<Delivery[]> => routes.deliveriesOf((await rowOf(orderId)).envelope);
  /** Until every subscriber of the order's OrderPlaced has its inbox row (one at most: the inbox's key). */
  const untilHandled = async (orderId: string) => {
    const { event_id: eventId } = await rowOf(orderId);
    const owed = (await owedFor(orderId)).map((delivery) => delivery.handlerId).sort();
    const handled = async () =>
      (await dataSource.query(`SELECT handler FROM messaging.inbox WHERE event_id = $1`, [eventId]))
        .map(({ handler }: { handler: string }) => handler)
        .sort();
    await eventually(async () => ((await handled()).length === owed.length ? true : undefined), 10_000);
    expect(await handled()).toEqual(owed);
  };
  /**
   * The transport accepts OrderPlaced's deliveries and loses them, as a crash of its process would; it still carries
   * everything else, so what an earlier test's order set off (the fulfillment process cancels it: unknown SKU) goes on.
   */
  const losePlacements = () => {
    const send = transport.send.bind(transport);
    return jest
      .spyOn(transport, 'send')
      .mockImplementation((deliveries) => send(deliveries.filter((delivery) => delivery.envelope.name !== 'ordering.order-placed')));
  };
  /** Places an order whose deliveries the transport accepts and then loses. */
  const placeLost = async () => {
    const accepted = losePlacements();
    const [orderId] = await placeOrders(testApp, customer, 1);
    await eventually(async () =>
      (await dataSource.query(`SELECT sent_at FROM messaging.outbox WHERE aggregate_id = $1`, [orderId]))[0]?.sent_at ? true : undefined,
    );
    accepted.mockRestore();
    return orderId;
  };

  it('re-sends a delivery the transport accepted and lost, once the row is old enough, and then confirms the row', async () => {
    const orderId = await placeLost();
    expect((await sweep.sweep()).redelivered).toEqual([]); // sent just now: not yet due
    await sentAgo(orderId, '2 minutes');

    const report = await sweep.sweep();
    const owed = await owedFor(orderId);
    expect(owed.map((delivery) => delivery.id)).toContain(`${(await rowOf(orderId)).event_id}@${SHIP}`);
    expect(report.redelivered.map((delivery) => delivery.id)).toEqual(owed.map((delivery) => delivery.id));
    await untilHandled(orderId);
    expect(await shipments(orderId)).toBe(1);
    expect(await rowOf(orderId)).toMatchObject({ confirmed_at: null, redelivered: owed.length });

    await sweep.sweep(); // the inbox now has every one
    expect((await rowOf(orderId)).confirmed_at).not.toBeNull();
    const redeliver = jest.spyOn(transport, 'redeliver');
    expect(await sweep.sweep()).toEqual({ checked: 0, confirmed: 0, redelivered: [] }); // a confirmed row is never read again
    expect(redeliver).not.toHaveBeenCalled();
    expect(await shipments(orderId)).toBe(1);
  });

  it('confirms without re-sending deliveries that gave up as dead letters', async () => {
    const orderId = await placeLost();
    const { event_id: eventId } = await rowOf(orderId);
    for (const { context, handlerId } of await owedFor(orderId)) {
      await dataSource.query(
        `INSERT INTO messaging.dead_letters (id, event_id, event_name, context, handler, envelope, error, attempts)
         SELECT gen_random_uuid(), event_id, event_name, $2, $3, envelope, 'gave up', 8 FROM messaging.outbox WHERE event_id = $1 AND target_handler IS NULL`,
        [eventId, context, handlerId],
      );
    }
    await sentAgo(orderId, '2 minutes');
    const report = await sweep.sweep();
    expect(report.redelivered).toEqual([]);
    expect((await rowOf(orderId)).confirmed_at).not.toBeNull();
    expect(await dataSource.query(`SELECT handler FROM messaging.inbox WHERE event_id = $1`, [eventId])).toEqual([]);
    expect(await shipments(orderId)).toBe(0);
  });

  it('leaves a replayed dead letter to its replay row, and re-sends a lost replay under the replay id', async () => {
    const orderId = await placeLost();
    const { id: original, event_id: eventId } = await rowOf(orderId);
    // A replay of the event to Shipping's handler, relayed and lost too.
    const accepted = losePlacements();
    const [{ id: replay }] = await dataSource.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope)
       SELECT event_id, event_name, aggregate_id, $2, envelope FROM messaging.outbox WHERE id = $1 RETURNING id::text`,
      [original, SHIP],
    );
    await eventually(async () =>
      (await dataSource.query(`SELECT sent_at FROM messaging.outbox WHERE id = $1`, [replay]))[0].sent_at ? true : undefined,
    );
    accepted.mockRestore();
    await sentAgo(orderId, '2 minutes');

    const report = await sweep.sweep();
    // The original row still owes the other subscribers theirs; Shipping's is the replay's to send.
    const others = (await owedFor(orderId)).filter((delivery) => delivery.handlerId !== SHIP);
    expect(report.redelivered.map((delivery: Delivery) => delivery.id)).toEqual([
      ...others.map((delivery) => delivery.id),
      `${eventId}@${SHIP}@replay-${replay}`,
    ]);
    await untilHandled(orderId);
    expect(await shipments(orderId)).toBe(1);
    await sweep.sweep();
    expect((await rowOf(orderId)).confirmed_at).not.toBeNull(); // the replay owed Shipping's, and the inbox has it
  });

  it('leaves alone a delivery the transport still holds', async () => {
    const orderId = await placeLost();
    await sentAgo(orderId, '2 minutes');
    const held = jest.spyOn(transport, 'redeliver').mockImplementation(async () => []); // as for jobs still waiting or retrying
    const report = await sweep.sweep();
    expect(held).toHaveBeenCalledWith(await owedFor(orderId));
    expect(report.redelivered).toEqual([]);
    expect(await rowOf(orderId)).toMatchObject({ confirmed_at: null, redelivered: 0 }); // looked at again next time
    held.mockRestore();
    await sweep.sweep();
    await untilHandled(orderId);
    expect(await shipments(orderId)).toBe(1);
  });

  it('sweeps every row due, batch after batch, oldest sent first', async () => {
    const orders = [await placeLost(), await placeLost(), await placeLost(), await placeLost(), await placeLost()]; // OUTBOX_BATCH_SIZE is 2 here
    for (const [i, orderId] of orders.entries()) await sentAgo(orderId, `${10 - i} minutes`);
    const report = await sweep.sweep();
    const owed = (await Promise.all(orders.map(owedFor))).flat();
    expect(report.redelivered.map((delivery) => delivery.id)).toEqual(owed.map((delivery) => delivery.id));
    for (const orderId of orders) {
      await untilHandled(orderId);
      expect(await shipments(orderId)).toBe(1);
    }
  });

  it('never looks at a row sent before the inbox retention, whose inbox row may be pruned', async () => {
    const orderId = await placeLost();
    await sentAgo(orderId, '25 hours'); // INBOX_RETENTION_HOURS is 24 here; the outbox keeps the row 72
    const redeliver = jest.spyOn(transport, 'redeliver');
    await sweep.sweep();
    expect(redeliver).not.toHaveBeenCalled();
    expect(await rowOf(orderId)).toMatchObject({ confirmed_at: null, redelivered: 0 });
  });
});
