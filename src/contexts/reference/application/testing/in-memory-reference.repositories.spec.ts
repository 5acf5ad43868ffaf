import { InMemoryCountryRepository } from './in-memory-country.repository';
import { InMemoryCurrencyRepository } from './in-memory-currency.repository';
import { describeCountryRepositoryContract, describeCurrencyRepositoryContract } from './reference-repository.contracts';

describe('InMemoryCountryRepository', () => {
  let countries: InMemoryCountryRepository;
  describeCountryRepositoryContract(
    async () => {
      countries = new InMemoryCountryRepository();
      return { repository: countries, released: () => countries.published };
    },
    async (_opened, country) => void countries.seed(country),
  );
});

describe('InMemoryCurrencyRepository', () => {
  let currencies: InMemoryCurrencyRepository;
  describeCurrencyRepositoryContract(
    async () => {
      currencies = new InMemoryCurrencyRepository();
      return { repository: currencies, released: () => currencies.published };
    },
    async (_opened, currency) => void currencies.seed(currency),
  );
});
