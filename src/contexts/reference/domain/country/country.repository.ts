import { Country } from './country.aggregate';

export const COUNTRY_REPOSITORY = Symbol('CountryRepository');

/**
 * Where countries are kept (seeded, never created by commands). `getById` takes the alpha-2 id or the
 * alpha-3 code, in upper case, and throws CountryNotFound; `save` is optimistic (ConcurrencyConflict).
 */
export interface CountryRepository {
  getById(code: string): Promise<Country>;
  save(country: Country): Promise<void>;
}
