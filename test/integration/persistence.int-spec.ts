import { Currency, Money } from '@promenade/ddd';
import { ConcurrencyConflict, UnitOfWork } from '@promenade/persistence';
import { RequestContext } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { OrderPlacedContract } from '../../src/contexts/ordering/contracts';
import { OrderLine } from '../../src/contexts/ordering/domain/order/order-line';
import { Order } from '../../src/contexts/ordering/domain/order/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../src/contexts/ordering/domain/order/order.repository';
import { signUp } from '../support/auth';
import { FreshDatabase, createFreshDatabase } from '../support/fresh-database';
import { TestApp, startTestApp } from '../support/test-app';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const PAYMENT_METHOD = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405165';
const EUR = Currency.of('EUR');
const newOrder = () => Order.create(CUSTOMER, EUR, [OrderLine.of('SKU-1', 2, Money.of(1250, EUR))]);

describe('repositories and the unit of work on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let orders: OrderRepository;
  let uow: UnitOfWork;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
    orders = testApp.app.get(ORDER_REPOSITORY);
    uow = testApp.app.get(UnitOfWork);
    dataSource = testApp.app.get(DataSource);
  });

  const outboxOf = (aggregateId: string): Promise<Array<{ envelope: any }>> =>
    dataSource.query(`SELECT envelope FROM messaging.outbox WHERE aggregate_id = $1 ORDER BY id`, [aggregateId]);

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  it('saves an order and reads back the same aggregate at version 1', async () => {
    const order = newOrder();
    await orders.save(order);
    const loaded = await orders.getById(order.id);
    expect(loaded.version).toBe(1);
    expect(loaded).toMatchObject({ id: order.id, customerId: CUSTOMER, status: 'draft' });
    expect(loaded.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount])).toEqual([['SKU-1', 2, 1250]]);
    expect(loaded.total.equals(Money.of(2500, EUR))).toBe(true);
  });

  it("refuses a lost update with ConcurrencyConflict and keeps the first writer's change", async () => {
    const order = newOrder();
    await orders.save(order);
    const first = await orders.getById(order.id);
    const second = await orders.getById(order.id);
    first.addLine(OrderLine.of('SKU-2', 1, Money.of(100, EUR)));
    await orders.save(first);
    second.cancel('stale');
    await expect(orders.save(second)).rejects.toBeInstanceOf(ConcurrencyConflict);
    const stored = await orders.getById(order.id);
    expect(stored.version).toBe(2);
    expect(stored.status).toBe('draft');
    expect(stored.lines).toHaveLength(2);
  });

  it('writes events to the outbox in the same transaction, numbered per aggregate and stamped with the correlation id', async () => {
    const order = newOrder();
    order.place(PAYMENT_METHOD);
    await RequestContext.run('corr-42', () => orders.save(order));
    const placedAgain = await orders.getById(order.id);
    placedAgain.cancel('changed');
    await orders.save(placedAgain);
    // Only the order's own events carry its id: messages a saga sends about it are numbered as the saga's.
    const rows = await outboxOf(order.id);
    expect(rows.map((r) => [r.envelope.name, r.envelope.sequence])).toEqual([
      [OrderPlacedContract.eventName, 1],
      ['ordering.order-cancelled', 2],
    ]);
    expect(rows[0].envelope.correlationId).toBe('corr-42');
  });

  it("reads an order within its owner's scope, and treats another customer's as missing", async () => {
    const order = newOrder();
    await orders.save(order);
    await expect(orders.getById(order.id, CUSTOMER)).resolves.toMatchObject({ id: order.id, customerId: CUSTOMER });
    await expect(orders.getById(order.id, '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199')).rejects.toMatchObject({ code: 'ORDER_NOT_FOUND' });
    await expect(orders.getById(order.id, undefined)).resolves.toMatchObject({ id: order.id });
  });

  it('rolls back every write of a failed unit of work and publishes nothing', async () => {
    const kept = newOrder();
    const placed = newOrder();
    placed.place(PAYMENT_METHOD);
    await expect(
      uow.run(async () => {
        await orders.save(kept);
        await orders.save(placed);
        throw new Error('the command failed after saving');
      }),
    ).rejects.toThrow('the command failed after saving');
    const count = await dataSource.query('SELECT count(*)::int AS n FROM ordering.orders WHERE id = ANY($1)', [[kept.id, placed.id]]);
    expect(count).toEqual([{ n: 0 }]);
    expect(await outboxOf(placed.id)).toEqual([]);
  });

  it('runs the HTTP flow on the real server: placing an order creates its shipment', async () => {
    const base = testApp.url;
    const [customer, manager] = [await signUp(testApp), await signUp(testApp, { roles: ['manager'] })];
    const create = await fetch(`${base}/api/v1/ordering/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...customer.headers },
      body: JSON.stringify({ currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 10, currency: 'EUR' } }] }),
    });
    expect(create.status).toBe(201);
    const { id, userId } = (await create.json()) as { id: string; userId: string };
    expect(userId).toBe(customer.userId);
    const place = await fetch(`${base}/api/v1/ordering/orders/${id}/place`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...customer.headers },
      body: JSON.stringify({ paymentMethodId: PAYMENT_METHOD }),
    });
    expect(place.status).toBe(200);
    const deadline = Date.now() + 5000;
    let total = 0;
    while (total === 0 && Date.now() < deadline) {
      total = (
        (await (await fetch(`${base}/api/v1/shipping/shipments?orderId=${id}`, { headers: manager.headers })).json()) as { total: number }
      ).total;
      if (total === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(total).toBe(1);
  });
});

describe('starting on a real PostgreSQL with pending migrations', () => {
  it('refuses to start, naming the way out, unless MIGRATIONS_RUN=auto', async () => {
    const database = await createFreshDatabase();
    try {
      await expect(startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'check' })).rejects.toThrow(
        /pending migration\(s\).*npm run migration:run.*MIGRATIONS_RUN=auto/,
      );
    } finally {
      await database.drop();
    }
  });
});
