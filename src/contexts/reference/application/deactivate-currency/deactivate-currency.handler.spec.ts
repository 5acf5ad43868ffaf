import { CurrencyDeactivated } from '../../domain/events/currency-deactivated.event';
import { CurrencyAlreadyInactive } from '../../domain/currency/currency.errors';
import { euro } from '../../domain/testing/reference.fixtures';
import { InMemoryCurrencyRepository } from '../testing/in-memory-currency.repository';
import { DeactivateCurrency } from './deactivate-currency.command';
import { DeactivateCurrencyHandler } from './deactivate-currency.handler';

describe('DeactivateCurrencyHandler', () => {
  let currencyStore: InMemoryCurrencyRepository;
  let handler: DeactivateCurrencyHandler;

  beforeEach(() => {
    currencyStore = new InMemoryCurrencyRepository(euro({ active: true }));
    handler = new DeactivateCurrencyHandler(currencyStore);
  });

  it('saves the currency as active: false, publishes CurrencyDeactivated with the code, and answers the saved currency', async () => {
    const answered = await handler.execute(new DeactivateCurrency('EUR'));

    expect(answered).toMatchObject({ id: 'EUR', active: false, version: 2 });
    expect(await currencyStore.getById('EUR')).toMatchObject({ active: false, version: 2 });
    expect(currencyStore.published).toHaveLength(1);
    expect(currencyStore.published[0]).toBeInstanceOf(CurrencyDeactivated);
    expect((currencyStore.published[0] as CurrencyDeactivated).payload).toEqual({ code: 'EUR' });
  });

  it('refuses a second time with CURRENCY_ALREADY_INACTIVE and leaves the currency as it was', async () => {
    await handler.execute(new DeactivateCurrency('EUR'));

    const attempt = handler.execute(new DeactivateCurrency('EUR'));

    await expect(attempt).rejects.toBeInstanceOf(CurrencyAlreadyInactive);
    await expect(attempt).rejects.toMatchObject({ code: 'CURRENCY_ALREADY_INACTIVE', kind: 'conflict' });
    expect(await currencyStore.getById('EUR')).toMatchObject({ active: false, version: 2 });
    expect(currencyStore.published).toHaveLength(1);
  });

  it('refuses an unknown code with CURRENCY_NOT_FOUND and publishes nothing', async () => {
    await expect(handler.execute(new DeactivateCurrency('ZZZ'))).rejects.toMatchObject({ code: 'CURRENCY_NOT_FOUND', kind: 'not_found' });
    expect(currencyStore.published).toEqual([]);
  });
});
