import { Country } from './country.aggregate';

export const COUNTRY_REPOSITORY = Symbol('CountryRepository');

/** Where countries are kept. `getById` throws CountryNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface CountryRepository {
  getById(id: string): Promise<Country>;
  save(country: Country): Promise<void>;
}
