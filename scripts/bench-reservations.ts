/**
 * Reservations per second, and what they cost beyond the database's own row lock.
 *   npm run bench:reservations                                         embedded database in a temporary directory
 *   DATABASE_URL=postgres://…@127.0.0.1:5432/test npm run bench:reservations     a real PostgreSQL (its schema is migrated;
 *                                                                      the run's products and warehouse get names of their own)
 * ReserveStock through the command bus, each for a new order of 1 unit, by 16 concurrent callers for 5 s:
 * (a) all on ONE SKU, whose stock row every reserve locks (FOR UPDATE), so they queue on it; (b) spread over 200
 * SKUs, so they mostly do not. Then the floor on the same database and pool with the same callers: a bare
 * transaction that locks one of the same stock rows FOR UPDATE and updates it, on one row and on 200. Prints
 * reservations (or transactions) per second with p50/p99 latency, the ratio many/one, and each as a share of its floor.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { newId } from '@promenade/ddd';
import { TransactionalCommandBus } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { CreateProduct } from '../src/contexts/warehouse/application/create-product/create-product.command';
import { ReceiveStock } from '../src/contexts/warehouse/application/receive-stock/receive-stock.command';
import { ReserveStock } from '../src/contexts/warehouse/application/reserve-stock/reserve-stock.command';
import { startTestApp } from '../test/support/test-app';
import { createWarehouse } from '../test/support/warehouse';

const CALLERS = 16;
const SECONDS = 5;
const SPREAD = 200;
/** Enough that no reserve of the run is ever short. */
const STOCK_PER_SKU = 1_000_000;

interface Measured {
  perSecond: number;
  p50: number;
  p99: number;
}

const rows: Array<[string, string]> = [];
const report = (what: string, figure: string) => {
  rows.push([what, figure]);
  process.stdout.write(`${what}: ${figure}\n`);
};
const described = ({ perSecond, p50, p99 }: Measured, unit: string) =>
  `${Math.round(perSecond).toLocaleString('en')} ${unit}/s (p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms)`;

/** CALLERS callers, each running `work` again and again for `seconds`: completions per second and their latency. */
async function measured(work: () => Promise<unknown>, seconds = SECONDS): Promise<Measured> {
  const times: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CALLERS }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await work();
        times.push(performance.now() - start);
      }
    }),
  );
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
  return { perSecond: (times.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99) };
}

/** Takes the items in turn: consecutive calls, and so the callers in flight at once, land on different ones. */
function inTurn<T>(items: T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length];
}

async function main(): Promise<void> {
  const database = process.env.DATABASE_URL ? `PostgreSQL ${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//')}` : 'embedded PGlite';
  const testApp = await startTestApp({
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    MIGRATIONS_RUN: 'auto',
    DATABASE_POOL_SIZE: String(CALLERS + 4), // every caller a connection, and some for the relay
  });
  try {
    const commands = testApp.app.get(TransactionalCommandBus);
    const dataSource = testApp.app.get(DataSource);
    const run = randomBytes(3).toString('hex').toUpperCase();
    const warehouse = `B-${run}`;
    const skus = Array.from({ length: SPREAD }, (_, n) => `BENCH-${run}-${n}`);
    await commands.execute(createWarehouse(warehouse));
    for (const sku of skus) await commands.execute(new CreateProduct({ sku, name: `Bench ${sku}`, unit: 'each' }));
    await commands.execute(
      new ReceiveStock(
        warehouse,
        skus.map((sku) => ({ sku, quantity: STOCK_PER_SKU })),
        null,
        'bench',
      ),
    );
    let reserved = 0;
    const reserve = async (sku: string) => {
      await commands.execute(new ReserveStock(newId(), [{ sku, quantity: 1 }]));
      reserved++;
    };
    const spread = inTurn(skus);

    process.stdout.write(`node ${process.version}; ${database}; ${CALLERS} callers, ${SECONDS} s each\n`);
    await measured(() => reserve(spread()), 1); // warm-up: code paths compiled, pool filled
    const one = await measured(() => reserve(skus[0]));
    report(`ReserveStock, all on one SKU (the callers queue on its stock row)`, described(one, 'reservations'));
    const many = await measured(() => reserve(spread()));
    report(`ReserveStock, spread over ${SPREAD} SKUs`, described(many, 'reservations'));
    report('many / one', `${(many.perSecond / one.perSecond).toFixed(2)}×`);

    const ids: string[] = (
      await dataSource.query(`SELECT id FROM warehouse.stock_items WHERE warehouse_code = $1 ORDER BY sku COLLATE "C"`, [warehouse])
    ).map(({ id }: { id: string }) => id);
    const lockAndUpdate = (id: string) =>
      dataSource.transaction(async (manager) => {
        await manager.query(`SELECT id FROM warehouse.stock_items WHERE id = $1 FOR UPDATE`, [id]);
        await manager.query(`UPDATE warehouse.stock_items SET updated_at = now() WHERE id = $1`, [id]);
      });
    const floorOne = await measured(() => lockAndUpdate(ids[0]));
    report('floor: BEGIN; SELECT … FOR UPDATE; UPDATE; COMMIT, all on one stock row', described(floorOne, 'transactions'));
    const nextRow = inTurn(ids);
    const floorMany = await measured(() => lockAndUpdate(nextRow()));
    report(`floor: the same, spread over ${SPREAD} stock rows`, described(floorMany, 'transactions'));
    report(
      'ReserveStock as a share of its floor',
      `one SKU ${((one.perSecond / floorOne.perSecond) * 100).toFixed(0)}%, ${SPREAD} SKUs ${((many.perSecond / floorMany.perSecond) * 100).toFixed(0)}%`,
    );

    // Every reserve held its unit: none was short, so each figure counts real reservations.
    const [{ held }] = await dataSource.query(`SELECT sum(reserved)::int AS held FROM warehouse.stock_items WHERE warehouse_code = $1`, [
      warehouse,
    ]);
    if (held !== reserved) throw new Error(`${reserved} reserves ran but ${held} units are held`);
    process.stdout.write(
      `\n| measurement (${database}) | result |\n|---|---|\n${rows.map(([what, figure]) => `| ${what} | ${figure} |`).join('\n')}\n`,
    );
  } finally {
    await testApp.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
