import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { COUNTRY_REPOSITORY } from './domain/country.repository';
import { CountryModel } from './infrastructure/persistence/country.model';
import { CountryTypeOrmRepository } from './infrastructure/persistence/country.typeorm-repository';
import { CURRENCY_REPOSITORY } from './domain/currency.repository';
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

/** Reference: owns the "reference" schema; other contexts see only its contracts/. */
@Module({
  imports: [TypeOrmModule.forFeature([CountryModel, CurrencyModel])],
  controllers: [
    CountriesController,
    CurrenciesController,
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
  ],
})
export class ReferenceModule {}
