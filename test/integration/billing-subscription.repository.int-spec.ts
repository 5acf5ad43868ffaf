import { describeSubscriptionRepositoryContract } from '../../src/contexts/billing/application/testing/subscription-repository.contract';
import { SubscriptionModel } from '../../src/contexts/billing/infrastructure/persistence/subscription.model';
import { SubscriptionTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/subscription.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Subscription repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('SubscriptionTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([SubscriptionModel]);
  });
  afterAll(() => database?.close());

  describeSubscriptionRepositoryContract(() =>
    database.emptied(new SubscriptionTypeOrmRepository(database.uow), ['billing.subscriptions']),
  );
});
