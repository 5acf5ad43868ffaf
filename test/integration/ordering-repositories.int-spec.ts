import { describeOrderRepositoryContract } from '../../src/contexts/ordering/application/testing/order-repository.contract';
import { OrderModel } from '../../src/contexts/ordering/infrastructure/persistence/order.model';
import { OrderTypeOrmRepository } from '../../src/contexts/ordering/infrastructure/persistence/order.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** Ordering's repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('Ordering repositories on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([OrderModel]);
  });
  afterAll(() => database?.close());

  describe('OrderTypeOrmRepository', () => {
    describeOrderRepositoryContract(() => database.emptied(new OrderTypeOrmRepository(database.uow), ['ordering.orders']));
  });
});
