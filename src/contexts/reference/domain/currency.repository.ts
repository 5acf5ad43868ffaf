import { Currency } from './currency.aggregate';

export const CURRENCY_REPOSITORY = Symbol('CurrencyRepository');

/** Where currencies are kept. `getById` throws CurrencyNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface CurrencyRepository {
  getById(id: string): Promise<Currency>;
  save(currency: Currency): Promise<void>;
}
