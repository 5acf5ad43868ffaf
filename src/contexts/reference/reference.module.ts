import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { COUNTRY_REPOSITORY } from './domain/country/country.repository';
import { CountryModel } from './infrastructure/persistence/country.model';
import { CountryTypeOrmRepository } from './infrastructure/persistence/country.typeorm-repository';
import { CURRENCY_REPOSITORY } from './domain/currency/currency.repository';
import { CurrencyModel } from './infrastructure/persistence/currency.model';
import { CurrencyTypeOrmRepository } from './infrastructure/persistence/currency.typeorm-repository';
import { DeactivateCountryHandler } from './application/deactivate-country/deactivate-country.handler';
import { CountriesController } from './infrastructure/http/countries.controller';
import { ActivateCountryHandler } from './application/activate-country/activate-country.handler';
import { DeactivateCurrencyHandler } from './application/deactivate-currency/deactivate-currency.handler';
import { CurrenciesController } from './infrastructure/http/currencies.controller';
import { ActivateCurrencyHandler } from './application/activate-currency/activate-currency.handler';
import { GetCountryHandler } from './application/get-country/get-country.handler';
import { GetCurrencyHandler } from './application/get-currency/get-currency.handler';
// reads: the catalog (tables behind a cache), its queries and routes, and the seeder that fills the tables
import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
import { GetDatasetHandler } from './application/get-dataset/get-dataset.handler';
import { GetLanguageHandler } from './application/get-language/get-language.handler';
import { GetTimezoneHandler } from './application/get-timezone/get-timezone.handler';
import { ListCountriesHandler } from './application/list-countries/list-countries.handler';
import { ListCurrenciesHandler } from './application/list-currencies/list-currencies.handler';
import { ListLanguagesHandler } from './application/list-languages/list-languages.handler';
import { ListTimezonesHandler } from './application/list-timezones/list-timezones.handler';
import { ForgetCachedAvailabilityOnAvailabilityChanged } from './application/on-availability-changed/forget-cached-availability.on-availability-changed';
import { REFERENCE_CATALOG } from './application/reference-catalog';
import { createReferenceCatalog } from './infrastructure/cache/reference-catalog.factory';
import { DatasetController } from './infrastructure/http/dataset.controller';
import { LanguagesController } from './infrastructure/http/languages.controller';
import { TimezonesController } from './infrastructure/http/timezones.controller';
import { REFERENCE_SEED_STORE, ReferenceSeeder } from './infrastructure/persistence/reference-seeder';
import { ReferenceSeedTypeOrmStore } from './infrastructure/persistence/reference-seed.typeorm-store';
import { ReferenceTables } from './infrastructure/persistence/reference-tables';
import { PublishCurrencyActivated } from './application/publications/publish-currency-activated';
import { PublishCurrencyDeactivated } from './application/publications/publish-currency-deactivated';
import { PublishCountryActivated } from './application/publications/publish-country-activated';
import { PublishCountryDeactivated } from './application/publications/publish-country-deactivated';

/** Reference: owns the "reference" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([CountryModel, CurrencyModel])],
  controllers: [
    CountriesController,
    CurrenciesController,
    LanguagesController,
    TimezonesController,
    DatasetController,
  ],
  providers: [
    { provide: COUNTRY_REPOSITORY, useClass: CountryTypeOrmRepository },
    { provide: CURRENCY_REPOSITORY, useClass: CurrencyTypeOrmRepository },
    DeactivateCountryHandler,
    ActivateCountryHandler,
    DeactivateCurrencyHandler,
    ActivateCurrencyHandler,
    GetCountryHandler,
    GetCurrencyHandler,
    ReferenceTables,
    { provide: REFERENCE_CATALOG, inject: [ReferenceTables, RedisConnection, AppConfig], useFactory: createReferenceCatalog },
    { provide: REFERENCE_SEED_STORE, useClass: ReferenceSeedTypeOrmStore },
    ReferenceSeeder,
    ListCountriesHandler,
    ListCurrenciesHandler,
    GetLanguageHandler,
    ListLanguagesHandler,
    GetTimezoneHandler,
    ListTimezonesHandler,
    GetDatasetHandler,
    ForgetCachedAvailabilityOnAvailabilityChanged,
    // what other contexts receive of its events
    PublishCurrencyActivated,
    PublishCurrencyDeactivated,
    PublishCountryActivated,
    PublishCountryDeactivated,
  ],
})
export class ReferenceModule {}
