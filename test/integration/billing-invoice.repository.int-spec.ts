import { describeInvoiceRepositoryContract } from '../../src/contexts/billing/application/testing/invoice-repository.contract';
import { InvoiceModel } from '../../src/contexts/billing/infrastructure/persistence/invoice.model';
import { InvoiceTypeOrmRepository } from '../../src/contexts/billing/infrastructure/persistence/invoice.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** The Invoice repository contract on the real PostgreSQL: the same suite its in-memory fake passes. */
describe('InvoiceTypeOrmRepository on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([InvoiceModel]);
  });
  afterAll(() => database?.close());

  describeInvoiceRepositoryContract(
    () => database.emptied(new InvoiceTypeOrmRepository(database.uow), ['billing.invoices']),
    (work) => database.uow.run(work),
  );
});
