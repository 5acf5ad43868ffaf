import { randomBytes, randomUUID } from 'node:crypto';
import { DomainEvent } from '@promenade/ddd';
import { UnitOfWork } from '@promenade/persistence';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OrderDeliveredContract, OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { SignedIn, signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { removeQueues } from '../support/redis-queues';
import { eventually, startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ON_PLACED = 'crm.record-customer-order-on-order-placed';
const ON_DELIVERED = 'crm.record-customer-purchase-on-order-delivered';
const ORDERS = 15;
const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

/** A small seeded PRNG (mulberry32): the same shuffle on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * One user's burst of Ordering events (placements, deliveries, each order's events published twice), shuffled,
 * through the outbox, BullMQ and the real PostgreSQL with ten deliveries at once: CRM's handlers wait for each
 * other on the customer's row, so none fails even with no retry allowed, and each order counts once.
 */
describe('CRM counts a burst of one user’s orders on the bullmq transport', () => {
  let database: FreshDatabase;
  let t: TestApp;
  let http: ReturnType<typeof request>;
  let db: DataSource;
  let admin: SignedIn;

  const queuePrefix = `promenade-it-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    database = await createFreshDatabase();
    t = await startTestApp({
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      EVENT_TRANSPORT: 'bullmq',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: queuePrefix,
      EVENT_CONCURRENCY: '10',
      EVENT_MAX_ATTEMPTS: '1',
      OUTBOX_POLL_MS: '100',
    });
    http = request(t.url);
    db = t.app.get(DataSource);
    admin = await signUp(t, { roles: ['superadmin'] });
  });

  afterAll(async () => {
    await t?.close();
    await database?.drop();
    await removeQueues(REDIS_URL, queuePrefix);
  });

  it('counts every order once, sums per currency, keeps the latest placement and converts the prospect once', async () => {
    const user = await signUp(t);
    const lead = await eventually(async () => {
      const { body } = await http
        .get(`/api/v1/crm/customers?search=${encodeURIComponent(user.email)}`)
        .set(admin.headers)
        .expect(200);
      return body.items[0];
    });
    await http.post(`/api/v1/crm/customers/${lead.id}/qualify`).set(admin.headers).expect(200);

    const orders = Array.from({ length: ORDERS }, (_, index) => ({
      id: randomUUID(),
      currency: index % 3 === 0 ? 'USD' : 'EUR',
      total: 1000 + index,
      placedAt: at(index + 1),
      deliveredAt: at(index + 2, 18),
    }));
    const once = (): DomainEvent[] =>
      orders.flatMap((order) => [
        new OrderPlacedContract(
          {
            orderId: order.id,
            customerId: user.userId,
            currency: order.currency,
            lines: [],
            total: order.total,
            paymentMethodId: randomUUID(),
          },
          { occurredAt: order.placedAt },
        ),
        new OrderDeliveredContract({
          orderId: order.id,
          customerId: user.userId,
          currency: order.currency,
          total: order.total,
          deliveredAt: order.deliveredAt,
        }),
      ]);
    const random = prng(16);
    const burst = [...once(), ...once()]
      .map((event) => ({ event, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ event }) => event);
    const uow = t.app.get(UnitOfWork);
    await uow.run(async () => uow.record(burst));

    const eventIds = burst.map((event) => event.metadata.eventId);
    const settled = async () =>
      Number(
        (
          await db.query(
            `SELECT (SELECT count(*) FROM messaging.inbox WHERE event_id = ANY($1) AND handler IN ($2, $3))
                  + (SELECT count(*) FROM messaging.dead_letters WHERE event_id = ANY($1) AND handler IN ($2, $3)) AS n`,
            [eventIds, ON_PLACED, ON_DELIVERED],
          )
        )[0].n,
      );
    await eventually(async () => ((await settled()) === burst.length ? true : undefined), 30_000);

    const deadLetters = await db.query(`SELECT handler, error FROM messaging.dead_letters WHERE handler IN ($1, $2)`, [
      ON_PLACED,
      ON_DELIVERED,
    ]);
    expect(deadLetters).toEqual([]);
    const sum = (currency: string) =>
      orders.filter((order) => order.currency === currency).reduce((total, order) => total + order.total, 0);
    const { body: customer } = await http.get(`/api/v1/crm/customers/${lead.id}`).set(admin.headers).expect(200);
    expect(customer).toMatchObject({
      userId: user.userId,
      status: 'customer',
      orderCount: ORDERS,
      deliveredOrderCount: ORDERS,
      lastOrderAt: at(ORDERS),
      lifetimeValue: [
        { amount: sum('EUR'), currency: 'EUR' },
        { amount: sum('USD'), currency: 'USD' },
      ],
    });
    expect(orders.map((order) => order.deliveredAt)).toContain(customer.convertedAt);
    const conversions = await db.query(`SELECT 1 FROM messaging.outbox WHERE aggregate_id = $1 AND event_name = 'crm.customer-converted'`, [
      lead.id,
    ]);
    expect(conversions).toHaveLength(1);
    const counted = await db.query(
      `SELECT count(*)::int AS n FROM crm.customer_orders WHERE customer_id = $1 AND placed_at IS NOT NULL AND delivered_at IS NOT NULL`,
      [lead.id],
    );
    expect(counted).toEqual([{ n: ORDERS }]);
  });
});
