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
});

/** A warehouse row as Warehouse's own repository stores one: only its code and status matter to stock. */
const WAREHOUSE_INSERT = `INSERT INTO warehouse.warehouses (id, version, code, name, address_line1, city, postal_code, country, time_zone, status)
  VALUES (gen_random_uuid(), 1, $1, $1, 'Main street 1', 'Kyiv', '01001', 'UA', 'Europe/Kyiv', $2)`;
