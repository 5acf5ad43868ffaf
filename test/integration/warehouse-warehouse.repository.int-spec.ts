import { describeWarehouseRepositoryContract } from '../../src/contexts/warehouse/application/testing/warehouse-repository.contract';
import { WarehouseModel } from '../../src/contexts/warehouse/infrastructure/persistence/warehouse.model';
import { WarehouseTypeOrmRepository } from '../../src/contexts/warehouse/infrastructure/persistence/warehouse.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Warehouse repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('WarehouseTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([WarehouseModel]);
  });
  afterAll(() => database?.close());

  describeWarehouseRepositoryContract(() => database.emptied(new WarehouseTypeOrmRepository(database.uow), ['warehouse.warehouses']));
});
