import { describePaymentRepositoryContract } from '../../src/contexts/billing/application/testing/payment-repository.contract';
import { PaymentModel } from '../../src/contexts/billing/infrastructure/persistence/payment.model';
import { PaymentTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/payment.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Payment repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('PaymentTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([PaymentModel]);
  });
  afterAll(() => database?.close());

  describePaymentRepositoryContract(
    () => database.emptied(new PaymentTypeOrmRepository(database.uow), ['billing.payments']),
    (work) => database.uow.run(work),
  );
});
