import { randomUUID } from 'node:crypto';
import { Delivery, EVENT_TRANSPORT, EventRoutes, EventTransport, OutboxPruner, OutboxSink, RedeliverySweep } from '@promenade/messaging';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OrderPlaced } from '../../src/contexts/ordering/domain/events/order-placed.event';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const SHIP = 'shipping.create-shipment-on-order-placed';

interface Raised {
  eventId: string;
  orderId: string;
  deliverAt: string;
}

/**
 * Raises an OrderPlaced due `inMs` from now (negative: already due) through the outbox, as a unit of work
 * does: the sink writes its contract with `deliverAt`, then nudges the relay. It has several subscribers
 * (Shipping, CRM, the fulfillment process), each owed a delivery; Shipping's reaction makes a shipment per
 * order, so shipments and inbox rows show how often they ran.
 */
async function raiseDue(testApp: TestApp, inMs: number): Promise<Raised> {
  const orderId = randomUUID();
  const deliverAt = new Date(Date.now() + inMs).toISOString();
  const payload = { orderId, customerId: randomUUID(), currency: 'EUR', lines: [], total: 0, paymentMethodId: randomUUID() };
  const event = new OrderPlaced(payload, { deliverAt });
  const sink = testApp.app.get(OutboxSink);
  await testApp.app.get(DataSource).transaction((manager) => sink.append(manager, [event]));
  sink.committed();
  return { eventId: event.metadata.eventId, orderId, deliverAt };
}

/** The outbox row of an event, as the relay and the sweep left it. */
const rowOf = async (dataSource: DataSource, eventId: string) =>
  (
    await dataSource.query(
      `SELECT sent_at, deliver_at, confirmed_at, redelivered, envelope->>'deliverAt' AS "envelopeDeliverAt" FROM messaging.outbox WHERE event_id = $1`,
      [eventId],
    )
  )[0];
const untilSent = (dataSource: DataSource, eventId: string) =>
  eventually(async () => ((await rowOf(dataSource, eventId))?.sent_at ? true : undefined), 15_000);
/** The deliveries the event's row owes, one per subscribing handler, as the app's routing lists them. */
const owedFor = async (testApp: TestApp, eventId: string): Promise<Delivery[]> => {
  const [{ envelope }] = await testApp.app
    .get(DataSource)
    .query(`SELECT envelope FROM messaging.outbox WHERE event_id = $1 AND target_handler IS NULL`, [eventId]);
  return testApp.app.get(EventRoutes).deliveriesOf(envelope);
};
/** When each run of a reaction to the event committed its inbox row (the start of its transaction), per handler. */
const inboxOf = async (dataSource: DataSource, eventId: string): Promise<Record<string, Date[]>> => {
  const runs: Record<string, Date[]> = {};
  const rows = await dataSource.query(`SELECT handler, processed_at FROM messaging.inbox WHERE event_id = $1`, [eventId]);
  for (const { handler, processed_at } of rows as Array<{ handler: string; processed_at: Date }>) (runs[handler] ??= []).push(processed_at);
  return runs;
};
const shipments = async (dataSource: DataSource, orderId: string): Promise<number> =>
  (await dataSource.query(`SELECT count(*)::int AS n FROM shipping.shipments WHERE order_id = $1`, [orderId]))[0].n;

/**
 * Waits until every subscriber's reaction ran, then a little longer, and asserts each ran once, no earlier than
 * the event was due, and Shipping's made one shipment.
 */
async function expectHandledOnceWhenDue(testApp: TestApp, { eventId, orderId, deliverAt }: Raised): Promise<void> {
  const dataSource = testApp.app.get(DataSource);
  const handlers = (await owedFor(testApp, eventId)).map((delivery) => delivery.handlerId);
  expect(handlers).toContain(SHIP);
  const ranAll = async () => {
    const runs = await inboxOf(dataSource, eventId);
    return handlers.every((handler) => runs[handler]) ? true : undefined;
  };
  await eventually(ranAll, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // room for a second run, which must not come
  const runs = await inboxOf(dataSource, eventId);
  expect(Object.keys(runs).sort()).toEqual([...handlers].sort());
  for (const handler of handlers) {
    expect(runs[handler]).toHaveLength(1);
    expect(runs[handler][0].getTime()).toBeGreaterThanOrEqual(Date.parse(deliverAt));
  }
  expect(await shipments(dataSource, orderId)).toBe(1);
}

/**
 * A scheduled event on bullmq waits in Redis's delayed set. Redis is this file's own (test/support/private-redis),
 * so emptying it touches no other suite.
 */
describe('scheduled deliveries on bullmq (real PostgreSQL, private Redis)', () => {
  let redis: PrivateRedis;
  let database: FreshDatabase;
  let testApp: TestApp;
  let dataSource: DataSource;
  const prefix = `scheduled-${randomUUID().slice(0, 8)}`;
  /** The state of each subscriber's job for the event, in its context's queue, by delivery id. */
  const jobStates = async (eventId: string): Promise<Record<string, string>> => {
    const states: Record<string, string> = {};
    for (const { id, context } of await owedFor(testApp, eventId)) {
      const queue = new Queue(`${prefix}.${context}`, { connection: { url: redis.url } });
      try {
        states[id] = await queue.getJobState(id);
      } finally {
        await queue.close();
      }
    }
    return states;
  };
  const everyJob = async (eventId: string, state: string): Promise<Record<string, string>> =>
    Object.fromEntries((await owedFor(testApp, eventId)).map(({ id }) => [id, state]));

  beforeAll(async () => {
    redis = await startPrivateRedis();
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL: redis.url,
      EVENT_QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '100',
      EVENT_BACKOFF_MS: '50',
      EVENT_REDELIVERY_AFTER_MS: '1000',
    });
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
    await redis?.close();
  });

  it('sends a scheduled event at once, holds it as a delayed job, and handles it once when due', async () => {
    const raised = await raiseDue(testApp, 1500);
    await untilSent(dataSource, raised.eventId);
    expect(await rowOf(dataSource, raised.eventId)).toMatchObject({
      deliver_at: new Date(raised.deliverAt),
      envelopeDeliverAt: raised.deliverAt,
    });
    expect(await jobStates(raised.eventId)).toEqual(await everyJob(raised.eventId, 'delayed'));
    await expectHandledOnceWhenDue(testApp, raised);
    // Confirmed by the inbox once due, never re-sent meanwhile.
    await eventually(async () => ((await rowOf(dataSource, raised.eventId)).confirmed_at ? true : undefined), 15_000);
    expect((await rowOf(dataSource, raised.eventId)).redelivered).toBe(0);
  });

  it('handles it once, after it was due, when Redis is emptied while it waits', async () => {
    const raised = await raiseDue(testApp, 1500);
    await untilSent(dataSource, raised.eventId);
    const client = new Redis(redis.url);
    try {
      await client.flushall(); // the delayed jobs are gone; their outbox row says sent
    } finally {
      client.disconnect();
    }
    expect(await jobStates(raised.eventId)).toEqual(await everyJob(raised.eventId, 'unknown'));
    await expectHandledOnceWhenDue(testApp, raised);
    // The sweep sent each subscriber's delivery again, once.
    expect((await rowOf(dataSource, raised.eventId)).redelivered).toBe((await owedFor(testApp, raised.eventId)).length);
  });
});

describe('scheduled deliveries on the memory transport (real PostgreSQL)', () => {
  let database: FreshDatabase;
  const memoryApp = (env: Record<string, string> = {}) =>
    startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', OUTBOX_POLL_MS: '100', EVENT_REDELIVERY_AFTER_MS: '1000', ...env });

  beforeAll(async () => {
    database = await createFreshDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('hands back at a graceful stop an event not yet due, and the next start handles it once when due', async () => {
    const first = await memoryApp();
    const raised = await raiseDue(first, 5000);
    await untilSent(first.app.get(DataSource), raised.eventId);
    await first.close();
    const observer = new Client({ connectionString: database.url });
    await observer.connect();
    try {
      const { rows } = await observer.query(
        `SELECT o.sent_at, (SELECT count(*)::int FROM messaging.inbox i WHERE i.event_id = o.event_id) AS runs FROM messaging.outbox o WHERE o.event_id = $1`,
        [raised.eventId],
      );
      expect(rows).toEqual([{ sent_at: null, runs: 0 }]); // handed back unhandled: the relay marked it unsent
    } finally {
      await observer.end();
    }

    const second = await memoryApp();
    try {
      await expectHandledOnceWhenDue(second, raised);
    } finally {
      await second.close();
    }
  });

  /** The sweep run by hand, on rows whose delivery the transport accepted and lost (as a killed process loses them). */
  describe('the redelivery sweep and pruning', () => {
    let testApp: TestApp;
    let dataSource: DataSource;
    let sweep: RedeliverySweep;
    let transport: EventTransport;

    beforeAll(async () => {
      testApp = await memoryApp({ EVENT_REDELIVERY_AFTER_MS: '60000', INBOX_RETENTION_HOURS: '24', OUTBOX_RETENTION_HOURS: '72' });
      dataSource = testApp.app.get(DataSource);
      sweep = testApp.app.get(RedeliverySweep);
      await sweep.stop();
      transport = testApp.app.get<EventTransport>(EVENT_TRANSPORT);
    });

    afterAll(async () => {
      await testApp?.close();
    });

    afterEach(() => jest.restoreAllMocks());

    /** Until each delivery's handler has its inbox row. */
    const untilHandled = (eventId: string, owed: Delivery[]) =>
      eventually(async () => {
        const runs = await inboxOf(dataSource, eventId);
        return owed.every(({ handlerId }) => runs[handlerId]) ? true : undefined;
      }, 10_000);
    /** The transport loses OrderPlaced's deliveries only: what an earlier test's event set off still travels. */
    const raiseLost = async (inMs: number): Promise<Raised> => {
      const send = transport.send.bind(transport);
      const accepted = jest
        .spyOn(transport, 'send')
        .mockImplementation((deliveries) => send(deliveries.filter((delivery) => delivery.envelope.name !== 'ordering.order-placed')));
      const raised = await raiseDue(testApp, inMs);
      await untilSent(dataSource, raised.eventId);
      accepted.mockRestore();
      return raised;
    };
    /** As if the row had been sent `sentAgo` (an interval) and were due in `dueInMs` (negative: due that long ago). */
    const backdate = (eventId: string, sentAgo: string, dueInMs: number) =>
      dataSource.query(
        `UPDATE messaging.outbox SET sent_at = now() - $2::interval, deliver_at = $3::timestamptz, envelope = jsonb_set(envelope, '{deliverAt}', to_jsonb($3::text))
         WHERE event_id = $1`,
        [eventId, sentAgo, new Date(Date.now() + dueInMs).toISOString()],
      );

    it('leaves a lost scheduled delivery alone until it has been due for EVENT_REDELIVERY_AFTER_MS, then sends it again', async () => {
      const raised = await raiseLost(60 * 60_000);
      await backdate(raised.eventId, '2 hours', 30_000); // sent long ago, due in 30 s
      const redeliver = jest.spyOn(transport, 'redeliver');
      expect(await sweep.sweep()).toEqual({ checked: 0, confirmed: 0, redelivered: [] });
      await backdate(raised.eventId, '2 hours', -30_000); // due 30 s ago: not yet 60 s
      expect(await sweep.sweep()).toEqual({ checked: 0, confirmed: 0, redelivered: [] });
      expect(redeliver).not.toHaveBeenCalled();

      await backdate(raised.eventId, '2 hours', -120_000);
      const owed = await owedFor(testApp, raised.eventId);
      expect((await sweep.sweep()).redelivered.map((delivery) => delivery.id)).toEqual(owed.map((delivery) => delivery.id));
      await untilHandled(raised.eventId, owed);
      expect(await shipments(dataSource, raised.orderId)).toBe(1);
    });

    it('sends again a delivery due within the inbox retention, however long before it was sent', async () => {
      const raised = await raiseLost(60 * 60_000);
      await backdate(raised.eventId, '100 hours', -120_000); // INBOX_RETENTION_HOURS is 24 here
      const owed = await owedFor(testApp, raised.eventId);
      expect((await sweep.sweep()).redelivered.map((delivery) => delivery.id)).toEqual(owed.map((delivery) => delivery.id));
      await untilHandled(raised.eventId, owed);
      expect(await shipments(dataSource, raised.orderId)).toBe(1);
    });

    it('prunes a sent row its retention after it was due, not after it was sent', async () => {
      const [notDue, dueLongAgo] = [await raiseLost(60 * 60_000), await raiseLost(60 * 60_000)];
      await backdate(notDue.eventId, '100 hours', 60 * 60_000); // OUTBOX_RETENTION_HOURS is 72 here
      await backdate(dueLongAgo.eventId, '100 hours', -80 * 60 * 60_000);
      await testApp.app.get(OutboxPruner).prune();
      expect(await rowOf(dataSource, notDue.eventId)).toBeDefined();
      expect(await rowOf(dataSource, dueLongAgo.eventId)).toBeUndefined();
    });
  });
});
