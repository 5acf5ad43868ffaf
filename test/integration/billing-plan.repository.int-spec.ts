import { describePlanRepositoryContract } from '../../src/contexts/billing/application/testing/plan-repository.contract';
import { PlanModel } from '../../src/contexts/billing/infrastructure/persistence/plan.model';
import { PlanTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/plan.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Plan repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('PlanTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([PlanModel]);
  });
  afterAll(() => database?.close());

  describePlanRepositoryContract(() => database.emptied(new PlanTypeOrmRepository(database.uow), ['billing.plans']));
});
