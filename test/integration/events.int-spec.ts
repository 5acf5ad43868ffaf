import { OrderFulfillmentSaga } from '../../src/contexts/fulfillment/application/order-fulfillment/order-fulfillment.handler';
import { randomBytes } from 'node:crypto';
import { EVENT_TRANSPORT, EventRoutes, EventTransport, OutboxRelay, OutboxSink } from '@promenade/messaging';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CreateShipmentHandler } from '../../src/contexts/shipping/application/create-shipment/create-shipment.handler';
import { CreateShipmentOnOrderPlaced } from '../../src/contexts/shipping/application/on-order-placed/create-shipment.on-order-placed';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const PAYMENT = { paymentMethodId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165' };
const SHIP = 'shipping.create-shipment-on-order-placed';
const MAX_ATTEMPTS = 3;

/** The same guarantees, checked on both transports, against the real PostgreSQL (and Redis for bullmq). */
describe.each(['memory', 'bullmq'] as const)('cross-context events on the %s transport', (transport) => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let http: ReturnType<typeof request>;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let createShipment: CreateShipmentHandler;
  let onOrderPlaced: CreateShipmentOnOrderPlaced;
  let transportOf: () => EventTransport;
  let customer: SignedIn;
  let admin: SignedIn;

  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: transport,
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      EVENT_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      EVENT_BACKOFF_MS: '20',
      OUTBOX_POLL_MS: '100',
    });
    http = request(testApp.url);
    dataSource = testApp.app.get(DataSource);
    relay = testApp.app.get(OutboxRelay);
    createShipment = testApp.app.get(CreateShipmentHandler);
    onOrderPlaced = testApp.app.get(CreateShipmentOnOrderPlaced);
    transportOf = () => testApp.app.get<EventTransport>(EVENT_TRANSPORT);
    customer = await signUp(testApp);
    admin = await signUp(testApp, { roles: ['superadmin'] });
  });

  /** Every queue empty: each delivery sent so far has been handled (or skipped by the inbox). */
  const untilQueuesIdle = () =>
    eventually(async () => (Object.values(await transportOf().depth()).every((n) => n === 0) ? true : undefined), 15_000);

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
    if (transport === 'bullmq') await removeQueues(REDIS_URL, queuePrefix);
  });

  // This file proves delivery through Shipping's handler. The fulfillment saga also takes every placement: it would
  // cancel these orders (their SKU is unknown), which opens cancelled shipments, and schedule step timeouts that keep
  // the queues busy. It is proven in its own files, so here it acknowledges and does nothing.
  beforeEach(() => jest.spyOn(testApp.app.get(OrderFulfillmentSaga), 'handle').mockResolvedValue(undefined));
  afterEach(() => jest.restoreAllMocks());

  async function placeOrder(): Promise<string> {
    const { body } = await http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 100, currency: 'EUR' } }] })
      .expect(201);
    await http.post(`/api/v1/ordering/orders/${body.id}/place`).set(customer.headers).send(PAYMENT).expect(200);
    return body.id;
  }

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await dataSource.query(sql, params))[0].n;
  const shipmentsOf = (orderId: string) => count(`SELECT count(*)::int AS n FROM shipping.shipments WHERE order_id = $1`, [orderId]);
  const eventIdOf = async (orderId: string, name = 'ordering.order-placed'): Promise<string> =>
    (await dataSource.query(`SELECT event_id FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = $2`, [orderId, name]))[0]
      .event_id;
  const untilShipped = (orderId: string) => eventually(async () => ((await shipmentsOf(orderId)) === 1 ? true : undefined), 10_000);

  it('placing an order creates exactly one shipment, through the queue, within a bounded time', async () => {
    const orderId = await placeOrder();
    await untilShipped(orderId);
    const eventId = await eventIdOf(orderId);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.outbox WHERE event_id = $1 AND sent_at IS NOT NULL`, [eventId])).toBe(1);
    // Other contexts subscribe to OrderPlaced too (the fulfillment process, CRM): Shipping's delivery is the one read here.
    expect(await dataSource.query(`SELECT handler FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [eventId, SHIP])).toEqual([
      { handler: SHIP },
    ]);
  });

  it('the same event delivered twice (outbox row re-sent, job added again by hand) runs its handler once', async () => {
    const handle = jest.spyOn(onOrderPlaced, 'handle');
    const orderId = await placeOrder();
    await untilShipped(orderId);
    const eventId = await eventIdOf(orderId);
    const runsFor = () => handle.mock.calls.filter(([event]) => event.metadata.eventId === eventId).length;
    expect(runsFor()).toBe(1);

    await dataSource.query(`UPDATE messaging.outbox SET sent_at = NULL WHERE event_id = $1`, [eventId]);
    await relay.drain();
    const [envelope] = (await dataSource.query(`SELECT envelope FROM messaging.outbox WHERE event_id = $1`, [eventId])).map(
      (r: any) => r.envelope,
    );
    const [delivery] = testApp.app.get(EventRoutes).deliveriesOf(envelope);
    await transportOf().send([{ ...delivery, id: `${delivery.id}@by-hand` }]);
    await untilQueuesIdle();

    expect(runsFor()).toBe(1); // both copies were acknowledged by the inbox without running the handler
    expect(await shipmentsOf(orderId)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.inbox WHERE event_id = $1 AND handler = $2`, [eventId, SHIP])).toBe(1);
  });

  it('a handler that throws twice then succeeds makes one shipment after three attempts', async () => {
    const execute = createShipment.execute.bind(createShipment);
    let calls = 0;
    jest.spyOn(createShipment, 'execute').mockImplementation(async (command) => {
      calls++;
      if (calls <= 2) throw new Error(`transient failure ${calls}`);
      return execute(command);
    });
    const orderId = await placeOrder();
    await untilShipped(orderId);
    expect(calls).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.dead_letters`)).toBe(0);
  });

  it('a handler that always throws becomes a dead letter, and a replay after the fix makes one shipment', async () => {
    const failing = jest.spyOn(createShipment, 'execute').mockRejectedValue(new Error('carrier API down'));
    const orderId = await placeOrder();
    const eventId = await eventIdOf(orderId);
    const letter = await eventually(async () => {
      const { body } = await http.get('/api/v1/admin/dead-letters?context=shipping').set(admin.headers).expect(200);
      return body.items.find((item: any) => item.eventId === eventId);
    }, 10_000);
    expect(letter).toMatchObject({
      handler: 'shipping.create-shipment-on-order-placed',
      attempts: MAX_ATTEMPTS,
      eventName: 'ordering.order-placed',
    });
    expect(letter.error).toContain('carrier API down');
    expect(failing).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    expect(await shipmentsOf(orderId)).toBe(0);

    failing.mockRestore();
    await http.post(`/api/v1/admin/dead-letters/${letter.id}/replay`).set(admin.headers).expect(200);
    await untilShipped(orderId);
    await http.post(`/api/v1/admin/dead-letters/${letter.id}/replay`).set(admin.headers).expect(404);
    const stats = await http.get('/api/v1/admin/events/stats').set(admin.headers).expect(200);
    expect(stats.body).toMatchObject({ transport, deadLetters: 0 });
  });

  it('a command that fails after writing its event to the outbox rolls both back, and delivers nothing', async () => {
    const { body } = await http
      .post('/api/v1/ordering/orders')
      .set(customer.headers)
      .send({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 1, currency: 'EUR' } }] })
      .expect(201);
    const sink = testApp.app.get(OutboxSink);
    const append = sink.append.bind(sink);
    let writtenInTransaction = 0;
    jest.spyOn(sink, 'append').mockImplementation(async (manager, events) => {
      await append(manager, events); // the outbox rows are written…
      writtenInTransaction = (await manager.query(`SELECT count(*)::int AS n FROM messaging.outbox WHERE aggregate_id = $1`, [body.id]))[0]
        .n;
      throw new Error('the commit fails afterwards'); // …and rolled back with the order
    });
    await http.post(`/api/v1/ordering/orders/${body.id}/place`).set(customer.headers).send(PAYMENT).expect(500);
    jest.restoreAllMocks();
    expect(writtenInTransaction).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await count(`SELECT count(*)::int AS n FROM messaging.outbox WHERE aggregate_id = $1`, [body.id])).toBe(0);
    expect((await http.get(`/api/v1/ordering/orders/${body.id}`).set(customer.headers).expect(200)).body.status).toBe('draft');
    expect(await shipmentsOf(body.id)).toBe(0);
  });

  it('events committed while the relay is down are delivered once it runs again; none lost', async () => {
    await relay.stop();
    const orderId = await placeOrder();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await count(`SELECT count(*)::int AS n FROM messaging.outbox WHERE aggregate_id = $1 AND sent_at IS NULL`, [orderId])).toBe(1);
    expect(await shipmentsOf(orderId)).toBe(0);
    relay.start();
    await untilShipped(orderId);
  });

  it('a burst of 10,000 events is handled exactly once each, none dead-lettered', async () => {
    const burst = 10_000;
    const handle = jest.spyOn(onOrderPlaced, 'handle');
    const before = await count(`SELECT count(*)::int AS n FROM shipping.shipments`);
    // Inserted straight into the outbox, as 10,000 committed OrderPlaced events would be, each addressed to Shipping's
    // handler alone (as a replay is): the other subscribers (the fulfillment process, CRM) are not what this measures.
    await dataSource.query(
      `INSERT INTO messaging.outbox (event_id, event_name, aggregate_id, target_handler, envelope)
       SELECT e.id, 'ordering.order-placed', e.order_id::text, $3, jsonb_build_object(
         'name', 'ordering.order-placed', 'version', 2, 'eventId', e.id, 'occurredAt', now(), 'aggregateId', e.order_id,
         'sequence', 1, 'correlationId', 'burst',
         'payload', jsonb_build_object('orderId', e.order_id, 'customerId', $2::uuid, 'currency', 'EUR', 'lines', '[]'::jsonb, 'total', 0,
           'paymentMethodId', $4::uuid))
       FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS order_id FROM generate_series(1, $1)) e`,
      [burst, CUSTOMER, SHIP, PAYMENT.paymentMethodId],
    );
    relay.nudge();
    await eventually(
      async () => ((await count(`SELECT count(*)::int AS n FROM shipping.shipments`)) === before + burst ? true : undefined),
      120_000,
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM messaging.inbox i JOIN messaging.outbox o ON o.event_id = i.event_id WHERE o.envelope->>'correlationId' = 'burst'`,
      ),
    ).toBe(burst);
    expect(await count(`SELECT count(*)::int AS n FROM messaging.dead_letters`)).toBe(0);
    await untilQueuesIdle();
    expect(handle.mock.calls.filter(([event]) => event.metadata.correlationId === 'burst')).toHaveLength(burst);
  }, 180_000);
});
