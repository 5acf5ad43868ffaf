import { Currency } from '../../domain/currency.aggregate';
import { CurrencyNotFound } from '../../domain/currency.errors';
import { CurrencyRepository } from '../../domain/currency.repository';
import { GetCurrency } from './get-currency.query';
import { GetCurrencyHandler } from './get-currency.handler';

describe('GetCurrencyHandler', () => {
  const stored = Currency.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date() });
  const repository: CurrencyRepository = {
    getById: async (id) => {
      if (id !== stored.id) throw new CurrencyNotFound(id);
      return stored;
    },
    save: async () => undefined,
  };
  const handler = new GetCurrencyHandler(repository);

  it('answers the stored currency', async () => {
    await expect(handler.execute(new GetCurrency(stored.id))).resolves.toBe(stored);
  });

  it('refuses an unknown id with CURRENCY_NOT_FOUND', async () => {
    await expect(handler.execute(new GetCurrency('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({ code: 'CURRENCY_NOT_FOUND' });
  });
});
