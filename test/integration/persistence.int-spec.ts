import { EventBus } from '@nestjs/cqrs';
import { Currency, DomainEvent, Money } from '@promenade/ddd';
import { ConcurrencyConflict, UnitOfWork } from '@promenade/persistence';
import { RequestContext } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { OrderPlaced } from '../../src/contexts/ordering/contracts';
import { OrderLine } from '../../src/contexts/ordering/domain/order-line';
import { Order } from '../../src/contexts/ordering/domain/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../src/contexts/ordering/domain/order.repository';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const EUR = Currency.of('EUR');
const newOrder = () => Order.create(CUSTOMER, EUR, [OrderLine.of('SKU-1', 2, Money.of(1250, EUR))]);

describe('repositories and the unit of work on the real PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let orders: OrderRepository;
  let uow: UnitOfWork;
  let published: DomainEvent[];

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto' });
    orders = testApp.app.get(ORDER_REPOSITORY);
    uow = testApp.app.get(UnitOfWork);
    published = [];
    testApp.app.get(EventBus).subscribe((event) => published.push(event as DomainEvent));
  });

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  beforeEach(() => (published = []));

  it('saves an order and reads back the same aggregate at version 1', async () => {
    const order = newOrder();
    await orders.save(order);
    const loaded = await orders.getById(order.id);
    expect(loaded.version).toBe(1);
    expect(loaded).toMatchObject({ id: order.id, customerId: CUSTOMER, status: 'draft' });
    expect(loaded.lines.map((l) => [l.sku, l.quantity, l.unitPrice.amount])).toEqual([['SKU-1', 2, 1250]]);
    expect(loaded.total.equals(Money.of(2500, EUR))).toBe(true);
  });

  it('refuses a lost update with ConcurrencyConflict and keeps the first writer\'s change', async () => {
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

  it('publishes events only after the commit, stamped with the correlation id', async () => {
    const order = newOrder();
    order.place();
    await RequestContext.run('corr-42', () => orders.save(order));
    await new Promise((resolve) => setImmediate(resolve));
    const placed = published.filter((e) => e instanceof OrderPlaced && e.metadata.aggregateId === order.id);
    expect(placed).toHaveLength(1);
    expect(placed[0].metadata.correlationId).toBe('corr-42');
  });

  it('rolls back every write of a failed unit of work and publishes nothing', async () => {
    const kept = newOrder();
    const placed = newOrder();
    placed.place();
    await expect(
      uow.run(async () => {
        await orders.save(kept);
        await orders.save(placed);
        throw new Error('the command failed after saving');
      }),
    ).rejects.toThrow('the command failed after saving');
    await new Promise((resolve) => setImmediate(resolve));
    const count = await testApp.app.get(DataSource).query('SELECT count(*)::int AS n FROM ordering.orders WHERE id = ANY($1)', [[kept.id, placed.id]]);
    expect(count).toEqual([{ n: 0 }]);
    expect(published).toEqual([]);
  });

  it('runs the HTTP flow on the real server: placing an order creates its shipment', async () => {
    const base = testApp.url;
    const create = await fetch(`${base}/api/v1/ordering/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: CUSTOMER, currency: 'EUR', lines: [{ sku: 'A', quantity: 1, unitPrice: { amount: 10, currency: 'EUR' } }] }),
    });
    expect(create.status).toBe(201);
    const { id } = (await create.json()) as { id: string };
    expect((await fetch(`${base}/api/v1/ordering/orders/${id}/place`, { method: 'POST' })).status).toBe(200);
    const deadline = Date.now() + 5000;
    let total = 0;
    while (total === 0 && Date.now() < deadline) {
      total = ((await (await fetch(`${base}/api/v1/shipping/shipments?orderId=${id}`)).json()) as { total: number }).total;
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
