import { Currency } from './currency.aggregate';

export const CURRENCY_REPOSITORY = Symbol('CurrencyRepository');

/**
 * Where currencies are kept (seeded, never created by commands). `getById` takes the ISO 4217 code in
 * upper case and throws CurrencyNotFound; `save` is optimistic (ConcurrencyConflict).
 */
export interface CurrencyRepository {
  getById(code: string): Promise<Currency>;
  save(currency: Currency): Promise<void>;
}
