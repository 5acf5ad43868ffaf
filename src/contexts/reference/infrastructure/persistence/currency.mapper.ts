import { AggregateMapper } from '@promenade/persistence';
import { Currency } from '../../domain/currency.aggregate';
import { CurrencyModel } from './currency.model';

export const currencyMapper: AggregateMapper<Currency, CurrencyModel> = {
  toDomain(model) {
    return Currency.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(currency) {
    return Object.assign(new CurrencyModel(), { id: currency.id, createdAt: currency.createdAt });
  },
};
