import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Currency, CurrencyState } from '../../domain/currency/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency/currency.errors';
import { CurrencyRepository } from '../../domain/currency/currency.repository';

/** A unit-test stand-in for the currency store, holding `stored` to start with. */
export class InMemoryCurrencyRepository extends InMemoryAggregateRepository<Currency, CurrencyState> implements CurrencyRepository {
  constructor(...stored: Currency[]) {
    super(Currency.restore);
    this.seed(...stored);
  }

  async getById(code: string): Promise<Currency> {
    const found = this.stored(code);
    if (!found) throw new CurrencyNotFound(code);
    return found;
  }
}
