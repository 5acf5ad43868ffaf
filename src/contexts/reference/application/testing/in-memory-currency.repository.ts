import { DomainEvent } from '@promenade/ddd';
import { Currency } from '../../domain/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency.errors';
import { CurrencyRepository } from '../../domain/currency.repository';

/** A unit-test stand-in for the currency store: keeps copies and collects the events it would publish. */
export class InMemoryCurrencyRepository implements CurrencyRepository {
  readonly published: DomainEvent[] = [];
  private readonly currencies = new Map<string, Currency>();

  constructor(...stored: Currency[]) {
    for (const currency of stored) this.currencies.set(currency.id, copyOf(currency));
  }

  async getById(code: string): Promise<Currency> {
    const found = this.currencies.get(code);
    if (!found) throw new CurrencyNotFound(code);
    return copyOf(found);
  }

  async save(currency: Currency): Promise<void> {
    this.published.push(...currency.pullEvents());
    currency.markPersisted(currency.version + 1);
    this.currencies.set(currency.id, copyOf(currency));
  }
}

function copyOf(currency: Currency): Currency {
  const { id, version, numeric, name, minorUnits, symbol, active } = currency;
  return Currency.restore({ id, version, numeric, name, minorUnits, symbol, active });
}
