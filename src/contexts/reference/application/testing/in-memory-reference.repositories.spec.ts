import { openedInMemory } from '@promenade/ddd';
import { InMemoryCountryRepository } from './in-memory-country.repository';
import { InMemoryCurrencyRepository } from './in-memory-currency.repository';
import { describeCountryRepositoryContract, describeCurrencyRepositoryContract } from './reference-repository.contracts';

describe('InMemoryCountryRepository', () => {
  let countries: InMemoryCountryRepository;
  describeCountryRepositoryContract(
    async () => {
      countries = new InMemoryCountryRepository();
      return openedInMemory(countries);
    },
    async (_opened, country) => void countries.seed(country),
  );
});

describe('InMemoryCurrencyRepository', () => {
  let currencies: InMemoryCurrencyRepository;
  describeCurrencyRepositoryContract(
    async () => {
      currencies = new InMemoryCurrencyRepository();
      return openedInMemory(currencies);
    },
    async (_opened, currency) => void currencies.seed(currency),
  );
});
