import { AggregateMapper } from '@promenade/persistence';
import { Currency } from '../../domain/currency/currency.aggregate';
import { CurrencyModel } from './currency.model';

export const currencyMapper: AggregateMapper<Currency, CurrencyModel> = {
  toDomain(model) {
    return Currency.restore({
      id: model.id,
      version: model.version,
      numeric: model.numeric,
      name: model.name,
      minorUnits: model.minorUnits,
      symbol: model.symbol,
      active: model.active,
    });
  },

  /** Only what commands change: the data columns belong to the seeder, and an update leaves unset columns alone. */
  toModel(currency) {
    return Object.assign(new CurrencyModel(), { id: currency.id, active: currency.active });
  },
};
