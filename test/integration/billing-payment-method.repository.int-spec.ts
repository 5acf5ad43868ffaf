import { describePaymentMethodRepositoryContract } from '../../src/contexts/billing/application/testing/payment-method-repository.contract';
import { PaymentMethodModel } from '../../src/contexts/billing/infrastructure/persistence/payment-method.model';
import { PaymentMethodTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/payment-method.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The PaymentMethod repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('PaymentMethodTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([PaymentMethodModel]);
  });
  afterAll(() => database?.close());

  describePaymentMethodRepositoryContract(() =>
    database.emptied(new PaymentMethodTypeOrmRepository(database.uow), ['billing.payment_methods']),
  );
});
