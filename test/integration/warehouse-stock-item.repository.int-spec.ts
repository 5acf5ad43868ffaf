import { setTimeout as sleep } from 'node:timers/promises';
import { Quantity } from '../../src/contexts/warehouse/domain/quantity';
import { StockItem } from '../../src/contexts/warehouse/domain/stock-item/stock-item.aggregate';
import { describeStockItemRepositoryContract } from '../../src/contexts/warehouse/application/testing/stock-item-repository.contract';
import { StockItemModel } from '../../src/contexts/warehouse/infrastructure/persistence/stock-item.model';
import { StockItemTypeOrmRepository } from '../../src/contexts/warehouse/infrastructure/persistence/stock-item.typeorm-repository';
import { StockMovementModel } from '../../src/contexts/warehouse/infrastructure/persistence/stock-movement.model';
import { RepositoryDatabase } from '../support/repository-database';

/** The StockItem repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('StockItemTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([StockItemModel, StockMovementModel]);
  });
  afterAll(() => database?.close());

  describeStockItemRepositoryContract({
    open: () =>
      database.emptied(new StockItemTypeOrmRepository(database.uow), [
        'warehouse.stock_movements',
        'warehouse.stock_items',
        'warehouse.warehouses',
      ]),
    inTransaction: (work) => database.uow.run(work),
    warehouses: async (active, inactive) => {
      for (const [codes, status] of [
        [active, 'active'],
        [inactive, 'inactive'],
      ] as const) {
        for (const code of codes) await database.dataSource.query(WAREHOUSE_INSERT, [code, status]);
      }
    },
  });

  describe('beyond the contract', () => {
    let stockItems: StockItemTypeOrmRepository;
    beforeEach(async () => {
      stockItems = (await database.emptied(new StockItemTypeOrmRepository(database.uow), ['warehouse.stock_items'])).repository;
    });

    it('refuses to UPDATE or DELETE a recorded movement: the ledger is append-only in the database itself', async () => {
      const item = StockItem.open('KB-1', 'KBP-1', 'each');
      item.receive(Quantity.of(5, 'each'), { actor: 'clerk', reference: null });
      await stockItems.save(item);

      await expect(database.dataSource.query(`UPDATE warehouse.stock_movements SET quantity = 50`)).rejects.toThrow(/append-only: UPDATE/);
      await expect(database.dataSource.query(`DELETE FROM warehouse.stock_movements`)).rejects.toThrow(/append-only: DELETE/);
      const [row] = await database.dataSource.query(`SELECT quantity, resulting_on_hand FROM warehouse.stock_movements`);
      expect(row).toEqual({ quantity: '5.000', resulting_on_hand: '5.000' });
    });

    it('refuses, in the schema, stock items whose reserved exceeds onHand', async () => {
      const item = StockItem.open('KB-1', 'KBP-1', 'each');
      await stockItems.save(item);

      await expect(database.dataSource.query(`UPDATE warehouse.stock_items SET reserved = 1`)).rejects.toThrow(/CHK_stock_items_reserved/);
    });

    it('opens one stock item when two transactions open the same one at once; the second waits and receives into it', async () => {
      const key = { sku: 'KB-1', warehouseCode: 'KBP-1' };
      const opened: string[] = [];
      const receiveOne = (holdFor: number) =>
        database.uow.run(async () => {
          const [item] = await stockItems.lockOrOpen([key], () => 'each');
          opened.push(item.id);
          item.receive(Quantity.of(1, 'each'), { actor: 'clerk', reference: null });
          await stockItems.save(item);
          await sleep(holdFor); // the other transaction meets this one's row, uncommitted
        });

      await Promise.all([receiveOne(300), sleep(50).then(() => receiveOne(0))]);

      const rows = await database.dataSource.query(`SELECT id, on_hand FROM warehouse.stock_items`);
      expect(rows).toEqual([{ id: opened[0], on_hand: '2.000' }]);
      expect(new Set(opened).size).toBe(1);
    });
  });
});

/** A warehouse row as Warehouse's own repository stores one: only its code and status matter to stock. */
const WAREHOUSE_INSERT = `INSERT INTO warehouse.warehouses (id, version, code, name, address_line1, city, postal_code, country, time_zone, status)
  VALUES (gen_random_uuid(), 1, $1, $1, 'Main street 1', 'Kyiv', '01001', 'UA', 'Europe/Kyiv', $2)`;
