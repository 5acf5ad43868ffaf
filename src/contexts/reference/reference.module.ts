import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
// country
import { ActivateCountryHandler } from './application/activate-country/activate-country.handler';
import { DeactivateCountryHandler } from './application/deactivate-country/deactivate-country.handler';
import { GetCountryHandler } from './application/get-country/get-country.handler';
import { ListCountriesHandler } from './application/list-countries/list-countries.handler';
import { COUNTRY_REPOSITORY } from './domain/country/country.repository';
import { CountriesController } from './infrastructure/http/countries.controller';
import { CountryModel } from './infrastructure/persistence/country.model';
import { CountryTypeOrmRepository } from './infrastructure/persistence/country.typeorm-repository';
// currency
import { ActivateCurrencyHandler } from './application/activate-currency/activate-currency.handler';
import { DeactivateCurrencyHandler } from './application/deactivate-currency/deactivate-currency.handler';
import { GetCurrencyHandler } from './application/get-currency/get-currency.handler';
import { ListCurrenciesHandler } from './application/list-currencies/list-currencies.handler';
import { CURRENCY_REPOSITORY } from './domain/currency/currency.repository';
import { CurrenciesController } from './infrastructure/http/currencies.controller';
import { CurrencyModel } from './infrastructure/persistence/currency.model';
import { CurrencyTypeOrmRepository } from './infrastructure/persistence/currency.typeorm-repository';
// the catalog: the tables behind a cache, the reads of what is not an aggregate, and the seeder that fills the tables
import { GetDatasetHandler } from './application/get-dataset/get-dataset.handler';
import { GetLanguageHandler } from './application/get-language/get-language.handler';
import { GetTimezoneHandler } from './application/get-timezone/get-timezone.handler';
import { ListLanguagesHandler } from './application/list-languages/list-languages.handler';
import { ListTimezonesHandler } from './application/list-timezones/list-timezones.handler';
import { REFERENCE_CATALOG } from './application/reference-catalog';
import { createReferenceCatalog } from './infrastructure/cache/reference-catalog.factory';
import { DatasetController } from './infrastructure/http/dataset.controller';
import { LanguagesController } from './infrastructure/http/languages.controller';
import { TimezonesController } from './infrastructure/http/timezones.controller';
import { ReferenceSeedTypeOrmStore } from './infrastructure/persistence/reference-seed.typeorm-store';
import { ReferenceSeedHealth } from './infrastructure/persistence/reference-seed.health';
import { REFERENCE_SEED_STORE, ReferenceSeeder } from './infrastructure/persistence/reference-seeder';
import { ReferenceTables } from './infrastructure/persistence/reference-tables';
// reactions
import { ForgetCachedAvailabilityOnAvailabilityChanged } from './application/on-availability-changed/forget-cached-availability.on-availability-changed';
// publications
import { PublishCountryActivated } from './application/publications/publish-country-activated';
import { PublishCountryDeactivated } from './application/publications/publish-country-deactivated';
import { PublishCurrencyActivated } from './application/publications/publish-currency-activated';
import { PublishCurrencyDeactivated } from './application/publications/publish-currency-deactivated';

const countryProviders = [
  { provide: COUNTRY_REPOSITORY, useClass: CountryTypeOrmRepository },
  ActivateCountryHandler,
  DeactivateCountryHandler,
  GetCountryHandler,
  ListCountriesHandler,
];

const currencyProviders = [
  { provide: CURRENCY_REPOSITORY, useClass: CurrencyTypeOrmRepository },
  ActivateCurrencyHandler,
  DeactivateCurrencyHandler,
  GetCurrencyHandler,
  ListCurrenciesHandler,
];

const catalog = [
  ReferenceTables,
  { provide: REFERENCE_CATALOG, inject: [ReferenceTables, RedisConnection, AppConfig], useFactory: createReferenceCatalog },
  { provide: REFERENCE_SEED_STORE, useClass: ReferenceSeedTypeOrmStore },
  ReferenceSeeder,
  ReferenceSeedHealth,
  GetLanguageHandler,
  ListLanguagesHandler,
  GetTimezoneHandler,
  ListTimezonesHandler,
  GetDatasetHandler,
];

const reactions = [ForgetCachedAvailabilityOnAvailabilityChanged];

/** What other contexts receive of its events. */
const publications = [PublishCurrencyActivated, PublishCurrencyDeactivated, PublishCountryActivated, PublishCountryDeactivated];

/** Reference: owns the "reference" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([CountryModel, CurrencyModel]), TerminusModule],
  controllers: [CountriesController, CurrenciesController, LanguagesController, TimezonesController, DatasetController],
  providers: [...countryProviders, ...currencyProviders, ...catalog, ...reactions, ...publications],
})
export class ReferenceModule {}
