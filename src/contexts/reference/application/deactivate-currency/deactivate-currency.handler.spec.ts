import { CurrencyDeactivated } from '../../contracts/currency-deactivated.event';
import { Currency } from '../../domain/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency.errors';
import { CurrencyRepository } from '../../domain/currency.repository';
import { DeactivateCurrency } from './deactivate-currency.command';
import { DeactivateCurrencyHandler } from './deactivate-currency.handler';

function inMemory(...stored: Currency[]): CurrencyRepository & { saved: Currency[] } {
  const saved: Currency[] = [];
  return {
    saved,
    getById: async (id) => {
      const found = stored.find((currency) => currency.id === id);
      if (!found) throw new CurrencyNotFound(id);
      return found;
    },
    save: async (currency) => void saved.push(currency),
  };
}

describe('DeactivateCurrencyHandler', () => {
  const stored = () => Currency.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });

  it('saves the currency with CurrencyDeactivated raised', async () => {
    const currency = stored();
    const repository = inMemory(currency);
    await new DeactivateCurrencyHandler(repository).execute(new DeactivateCurrency(currency.id));
    expect(repository.saved).toEqual([currency]);
    const [event] = currency.pullEvents();
    expect(event).toBeInstanceOf(CurrencyDeactivated);
    expect(event.metadata.aggregateId).toBe(currency.id);
  });

  it('refuses an unknown id with CURRENCY_NOT_FOUND and saves nothing', async () => {
    const repository = inMemory();
    await expect(new DeactivateCurrencyHandler(repository).execute(new DeactivateCurrency('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CURRENCY_NOT_FOUND' });
    expect(repository.saved).toEqual([]);
  });
});
