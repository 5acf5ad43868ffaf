import {
  describeCountryRepositoryContract,
  describeCurrencyRepositoryContract,
} from '../../src/contexts/reference/application/testing/reference-repository.contracts';
import { CountryModel } from '../../src/contexts/reference/infrastructure/persistence/country.model';
import { CountryTypeOrmRepository } from '../../src/contexts/reference/infrastructure/persistence/country.typeorm-repository';
import { CurrencyModel } from '../../src/contexts/reference/infrastructure/persistence/currency.model';
import { CurrencyTypeOrmRepository } from '../../src/contexts/reference/infrastructure/persistence/currency.typeorm-repository';
import { RepositoryDatabase } from '../support/repository-database';

/** Reference's repository contracts on the real PostgreSQL: the same suites its in-memory fakes pass. */
describe('Reference repositories on PostgreSQL', () => {
  let database: RepositoryDatabase;
  beforeAll(async () => {
    database = await RepositoryDatabase.open([CountryModel, CurrencyModel]);
  });
  afterAll(() => database?.close());

  describe('CountryTypeOrmRepository', () => {
    describeCountryRepositoryContract(
      () => database.emptied(new CountryTypeOrmRepository(database.uow), ['reference.countries']),
      // As the seeder writes it: every data column, which the repository's own saves leave alone.
      async (_opened, country) => void (await database.dataSource.getRepository(CountryModel).insert({ ...country.snapshot() })),
    );
  });

  describe('CurrencyTypeOrmRepository', () => {
    describeCurrencyRepositoryContract(
      () => database.emptied(new CurrencyTypeOrmRepository(database.uow), ['reference.currencies']),
      async (_opened, currency) => void (await database.dataSource.getRepository(CurrencyModel).insert({ ...currency.snapshot() })),
    );
  });
});
