import { AggregateMapper } from '@promenade/persistence';
import { Country } from '../../domain/country/country.aggregate';
import { CountryModel } from './country.model';

export const countryMapper: AggregateMapper<Country, CountryModel> = {
  toDomain(model) {
    return Country.restore({
      id: model.id,
      version: model.version,
      alpha3: model.alpha3,
      numeric: model.numeric,
      name: model.name,
      officialName: model.officialName,
      currencies: model.currencies,
      callingCodes: model.callingCodes,
      region: model.region,
      subregion: model.subregion,
      active: model.active,
    });
  },

  /** Only what commands change: the data columns belong to the seeder, and an update leaves unset columns alone. */
  toModel(country) {
    return Object.assign(new CountryModel(), { id: country.id, active: country.active });
  },
};
