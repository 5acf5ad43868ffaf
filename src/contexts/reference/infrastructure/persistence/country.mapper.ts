import { AggregateMapper } from '@promenade/persistence';
import { Country } from '../../domain/country.aggregate';
import { CountryModel } from './country.model';

export const countryMapper: AggregateMapper<Country, CountryModel> = {
  toDomain(model) {
    return Country.restore({ id: model.id, version: model.version, createdAt: model.createdAt });
  },

  toModel(country) {
    return Object.assign(new CountryModel(), { id: country.id, createdAt: country.createdAt });
  },
};
