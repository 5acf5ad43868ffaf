import { describeAggregateRepositoryContract, OpenedRepository, stored } from '@promenade/ddd';
import { Country, CountryState } from '../../domain/country/country.aggregate';
import { CountryNotFound } from '../../domain/country/country.errors';
import { CountryRepository } from '../../domain/country/country.repository';
import { Currency, CurrencyState } from '../../domain/currency/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency/currency.errors';
import { CurrencyRepository } from '../../domain/currency/currency.repository';
import { euro, germany } from '../../domain/testing/reference.fixtures';

/** Reference rows are written by the seeder, never created through the port: how a test puts one in the store (at version 1). */
export type SeedReference<R, A> = (opened: OpenedRepository<R>, aggregate: A) => Promise<void>;

/** What every CountryRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeCountryRepositoryContract(
  open: () => Promise<OpenedRepository<CountryRepository>>,
  seed: SeedReference<CountryRepository, Country>,
): void {
  const { current } = describeAggregateRepositoryContract<Country, CountryState, CountryRepository>({
    open,
    create: () => germany(),
    store: seed,
    restore: Country.restore,
    load: (countries, id) => countries.getById(id),
    change: (country) => country.deactivate(),
  });

  it('finds a country by its alpha-3 code too, and answers CountryNotFound for an unknown code', async () => {
    const { repository: countries } = current();
    const country = germany();
    await seed(current(), country);

    expect(stored(await countries.getById('DEU'))).toEqual(stored(country));
    await expect(countries.getById('FR')).rejects.toBeInstanceOf(CountryNotFound);
  });
}

/** What every CurrencyRepository does, the in-memory fake and the TypeORM adapter alike. */
export function describeCurrencyRepositoryContract(
  open: () => Promise<OpenedRepository<CurrencyRepository>>,
  seed: SeedReference<CurrencyRepository, Currency>,
): void {
  const { current } = describeAggregateRepositoryContract<Currency, CurrencyState, CurrencyRepository>({
    open,
    create: () => euro(),
    store: seed,
    restore: Currency.restore,
    load: (currencies, id) => currencies.getById(id),
    change: (currency) => currency.deactivate(),
  });

  it('answers CurrencyNotFound for an unknown code', async () => {
    await expect(current().repository.getById('XXX')).rejects.toBeInstanceOf(CurrencyNotFound);
  });
}
