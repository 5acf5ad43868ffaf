import {
  describeCompanyRepositoryContract,
  describeCustomerRepositoryContract,
  describeDealRepositoryContract,
  describeInteractionRepositoryContract,
} from '../../src/contexts/crm/application/testing/crm-repository.contracts';
import { CompanyModel } from '../../src/contexts/crm/infrastructure/persistence/company.model';
import { CompanyTypeOrmRepository } from '../../src/contexts/crm/infrastructure/persistence/company.typeorm-repository';
import { CustomerModel } from '../../src/contexts/crm/infrastructure/persistence/customer.model';
import { CustomerTypeOrmRepository } from '../../src/contexts/crm/infrastructure/persistence/customer.typeorm-repository';
import { DealModel } from '../../src/contexts/crm/infrastructure/persistence/deal.model';
import { DealTypeOrmRepository } from '../../src/contexts/crm/infrastructure/persistence/deal.typeorm-repository';
import { InteractionModel } from '../../src/contexts/crm/infrastructure/persistence/interaction.model';
import { InteractionTypeOrmRepository } from '../../src/contexts/crm/infrastructure/persistence/interaction.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** CRM's repository contracts on the real PostgreSQL: the same suites its in-memory fakes pass. */
describe('CRM repositories on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([CustomerModel, CompanyModel, DealModel, InteractionModel]);
  });
  afterAll(() => database?.close());

  describe('CustomerTypeOrmRepository', () =>
    describeCustomerRepositoryContract(() => database.emptied(new CustomerTypeOrmRepository(database.uow), ['crm.customers'])));
  describe('CompanyTypeOrmRepository', () =>
    describeCompanyRepositoryContract(() => database.emptied(new CompanyTypeOrmRepository(database.uow), ['crm.companies'])));
  describe('DealTypeOrmRepository', () =>
    describeDealRepositoryContract(() => database.emptied(new DealTypeOrmRepository(database.uow), ['crm.deals'])));
  describe('InteractionTypeOrmRepository', () =>
    describeInteractionRepositoryContract(() => database.emptied(new InteractionTypeOrmRepository(database.uow), ['crm.interactions'])));
});
