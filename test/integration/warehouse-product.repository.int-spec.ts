import { describeProductRepositoryContract } from '../../src/contexts/warehouse/application/testing/product-repository.contract';
import { ProductModel } from '../../src/contexts/warehouse/infrastructure/persistence/product.model';
import { ProductTypeOrmRepository } from '../../src/contexts/warehouse/infrastructure/persistence/product.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Product repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('ProductTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([ProductModel]);
  });
  afterAll(() => database?.close());

  describeProductRepositoryContract(
    () => database.emptied(new ProductTypeOrmRepository(database.uow), ['warehouse.products']),
    (work) => database.uow.run(work),
  );
});
