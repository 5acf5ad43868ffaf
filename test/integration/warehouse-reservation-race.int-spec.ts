import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { newId } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { Client } from 'pg';
import { AppModule } from '../../src/app.module';
import { CreateProduct } from '../../src/contexts/warehouse/application/create-product/create-product.command';
import { CreateWarehouse } from '../../src/contexts/warehouse/application/create-warehouse/create-warehouse.command';
import { GetReservation } from '../../src/contexts/warehouse/application/get-reservation/get-reservation.query';
import { ReceiveStock } from '../../src/contexts/warehouse/application/receive-stock/receive-stock.command';
import { ReserveStock, ReserveStockLine } from '../../src/contexts/warehouse/application/reserve-stock/reserve-stock.command';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { TEST_JWT_SECRET } from '../support/test-app';

const POOL_SIZE = 8;

/**
 * The central promise of reservations, on the real PostgreSQL through the service's own command bus and a pool of
 * several connections: concurrent reserves of the last units never hold more than is on hand. Each ReserveStock
 * locks the stock items of its SKUs (SELECT … FOR UPDATE, in (sku, warehouse) order) before it allocates, so
 * the reserves queue on the rows and each sees what the one before it left.
 */
describe('reservations racing for the same stock, on PostgreSQL', () => {
  let database: FreshDatabase;
  let app: INestApplicationContext;
  let commands: TransactionalCommandBus;
  let queries: QueryBus;
  let observer: Client;

  beforeAll(async () => {
    database = await createFreshDatabase();
    const saved = { ...process.env };
    Object.assign(process.env, {
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      MIGRATIONS_RUN: 'auto',
      JWT_SECRET: TEST_JWT_SECRET,
    });
    try {
      app = await NestFactory.createApplicationContext(AppModule, { logger: false });
    } finally {
      process.env = saved;
    }
    commands = app.get(TransactionalCommandBus);
    queries = app.get(QueryBus);
    observer = new Client({ connectionString: database.url });
    await observer.connect();
    for (const code of ['KBP-1', 'LWO-1']) {
      await commands.execute(
        new CreateWarehouse({
          code,
          name: `Warehouse ${code}`,
          address: { line1: 'Main street 1', city: 'Kyiv', postalCode: '01001', country: 'UA' },
          timeZone: 'Europe/Kyiv',
        }),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await observer?.end();
    await app?.close();
    await database?.drop();
  });

  async function stocked(sku: string, warehouseCode: string, quantity: number): Promise<void> {
    await commands.execute(new CreateProduct({ sku, name: `Product ${sku}`, unit: 'each' }));
    await commands.execute(new ReceiveStock(warehouseCode, [{ sku, quantity }], null, 'test'));
  }

  async function level(sku: string): Promise<{ onHand: number; reserved: number }> {
    const { rows } = await observer.query(
      `SELECT sum(on_hand)::float AS "onHand", sum(reserved)::float AS "reserved" FROM warehouse.stock_items WHERE sku = $1`,
      [sku],
    );
    return rows[0];
  }

  /**
   * Runs the reserves all at once while another connection watches: the lowest available it ever saw, and the most
   * of the pool's connections it saw busy at one time (the race really ran on several connections).
   */
  async function race(sku: string, reserves: Array<[string, ReserveStockLine[]]>) {
    let watching = true;
    let lowestAvailable = Infinity;
    let busiest = 0;
    const watch = (async () => {
      while (watching) {
        const { rows } = await observer.query(
          `SELECT (SELECT min(on_hand - reserved)::float FROM warehouse.stock_items WHERE sku = $1) AS available,
                  (SELECT count(*)::int FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle') AS busy`,
          [sku],
        );
        lowestAvailable = Math.min(lowestAvailable, rows[0].available);
        busiest = Math.max(busiest, rows[0].busy);
      }
    })();
    const outcomes = await Promise.allSettled(reserves.map(([orderId, lines]) => commands.execute(new ReserveStock(orderId, lines))));
    watching = false;
    await watch;
    return { outcomes, lowestAvailable, busiest };
  }

  /** How each reservation ended: 'held', or the code its refusal answers with. */
  async function answers(ids: string[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const id of ids) {
      const reservation = await queries.execute(new GetReservation(id));
      let answer = reservation.status;
      try {
        reservation.assertNotShort();
      } catch (error) {
        answer = (error as { code: string }).code as typeof answer;
      }
      counts[answer] = (counts[answer] ?? 0) + 1;
    }
    return counts;
  }

  it('holds exactly the 10 units on hand for 50 orders of 1 unit each, and refuses the other 40 with INSUFFICIENT_STOCK', async () => {
    await stocked('LAST-UNITS', 'KBP-1', 10);
    const orders = Array.from({ length: 50 }, () => newId());

    const { outcomes, lowestAvailable, busiest } = await race(
      'LAST-UNITS',
      orders.map((orderId) => [orderId, [{ sku: 'LAST-UNITS', quantity: 1 }]]),
    );

    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const ids = outcomes.map((outcome) => (outcome as PromiseFulfilledResult<string>).value);
    expect(new Set(ids).size).toBe(50);
    expect(await answers(ids)).toEqual({ held: 10, INSUFFICIENT_STOCK: 40 });
    expect(await level('LAST-UNITS')).toEqual({ onHand: 10, reserved: 10 });
    expect(lowestAvailable).toBeGreaterThanOrEqual(0);
    expect(busiest).toBeGreaterThan(1);
    const { rows: published } = await observer.query(
      `SELECT event_name AS name, count(*)::int AS count FROM messaging.outbox WHERE event_name LIKE 'warehouse.stock-reserv%' GROUP BY 1 ORDER BY 1`,
    );
    expect(published).toEqual([
      { name: 'warehouse.stock-reservation-failed', count: 40 },
      { name: 'warehouse.stock-reserved', count: 10 },
    ]);
  }, 120_000);

  it('never deadlocks two SKUs reserved in opposite line order: they queue, and exactly the stock on hand is held', async () => {
    await stocked('PAIR-A', 'KBP-1', 6);
    await stocked('PAIR-B', 'LWO-1', 6);
    const a = { sku: 'PAIR-A', quantity: 1 };
    const b = { sku: 'PAIR-B', quantity: 1 };

    const { outcomes } = await race(
      'PAIR-A',
      Array.from({ length: 20 }, (_, n): [string, ReserveStockLine[]] => [newId(), n % 2 === 0 ? [a, b] : [b, a]]),
    );

    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    const ids = outcomes.map((outcome) => (outcome as PromiseFulfilledResult<string>).value);
    expect(await answers(ids)).toEqual({ held: 6, INSUFFICIENT_STOCK: 14 });
    expect(await level('PAIR-A')).toEqual({ onHand: 6, reserved: 6 });
    expect(await level('PAIR-B')).toEqual({ onHand: 6, reserved: 6 });
  }, 120_000);
});
