import { TransactionalCommandBus } from '@promenade/platform';
import { DataSource } from 'typeorm';
import { CreateProduct } from '../../src/contexts/warehouse/application/create-product/create-product.command';
import { DeleteProduct } from '../../src/contexts/warehouse/application/delete-product/delete-product.command';
import { ReceiveStock } from '../../src/contexts/warehouse/application/receive-stock/receive-stock.command';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';
import { createWarehouse } from '../support/warehouse';

const ROUNDS = 20;

/** What a command ended with: 'done', or the code it was refused with. */
const outcome = (attempt: Promise<unknown>): Promise<string> =>
  attempt.then(
    () => 'done',
    (error: { code?: string }) => error.code ?? String(error),
  );

/**
 * A product is deleted only without stock, and a receipt needs a live product: run at once, one of the two must
 * see the other. Both ran on a product read without a lock, so a receipt committed between the delete's stock check
 * and its save left stock under a deleted product. The delete now locks the product row for update before it asks,
 * and a receipt holds it for share until it commits, so whichever comes second sees what the first did.
 */
describe('deleting a product while its stock is received, on PostgreSQL', () => {
  let database: FreshDatabase;
  let testApp: TestApp;
  let commands: TransactionalCommandBus;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createFreshDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, MIGRATIONS_RUN: 'auto', DATABASE_POOL_SIZE: '8' });
    commands = testApp.app.get(TransactionalCommandBus);
    dataSource = testApp.app.get(DataSource);
    await commands.execute(createWarehouse('KBP-1'));
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await database?.drop();
  });

  it(`never leaves stock on hand under a deleted product, over ${ROUNDS} rounds of a delete and a receipt of the same SKU at once`, async () => {
    const rounds: Array<{ deleted: string; received: string }> = [];
    for (let round = 0; round < ROUNDS; round++) {
      const sku = `RACE-${round}`;
      await commands.execute(new CreateProduct({ sku, name: `Product ${sku}`, unit: 'each' }));
      const [deleted, received] = await Promise.all([
        outcome(commands.execute(new DeleteProduct(sku))),
        outcome(commands.execute(new ReceiveStock('KBP-1', [{ sku, quantity: 1 }], null, 'test'))),
      ]);
      rounds.push({ deleted, received });
    }

    const stockUnderDeleted = await dataSource.query(
      `SELECT p.sku, s.on_hand::float AS "onHand" FROM warehouse.products p JOIN warehouse.stock_items s ON s.sku = p.sku
       WHERE p.deleted_at IS NOT NULL AND s.on_hand > 0 ORDER BY p.sku`,
    );
    expect(stockUnderDeleted).toEqual([]);
    // Exactly one of each pair wins; the other is refused with the code that names the winner's effect.
    const legal = [
      { deleted: 'done', received: 'PRODUCT_NOT_FOUND' },
      { deleted: 'PRODUCT_HAS_STOCK', received: 'done' },
    ];
    expect(rounds.filter((round) => !legal.some((pair) => pair.deleted === round.deleted && pair.received === round.received))).toEqual([]);
  }, 120_000);
});
