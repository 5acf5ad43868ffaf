import { describeStockItemRepositoryContract } from '../../src/contexts/warehouse/application/testing/stock-item-repository.contract';
import { StockItemModel } from '../../src/contexts/warehouse/infrastructure/persistence/stock-item.model';
import { StockItemTypeOrmRepository } from '../../src/contexts/warehouse/infrastructure/persistence/stock-item.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The StockItem repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('StockItemTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([StockItemModel]);
  });
  afterAll(() => database?.close());

  describeStockItemRepositoryContract(() => database.emptied(new StockItemTypeOrmRepository(database.uow), ['warehouse.stock_items']));
});
