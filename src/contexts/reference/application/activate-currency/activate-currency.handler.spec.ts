import { CurrencyActivated } from '../../domain/events/currency-activated.event';
import { CurrencyAlreadyActive } from '../../domain/currency/currency.errors';
import { euro } from '../../domain/testing/reference.fixtures';
import { InMemoryCurrencyRepository } from '../testing/in-memory-currency.repository';
import { ActivateCurrency } from './activate-currency.command';
import { ActivateCurrencyHandler } from './activate-currency.handler';

describe('ActivateCurrencyHandler', () => {
  let currencyStore: InMemoryCurrencyRepository;
  let handler: ActivateCurrencyHandler;

  beforeEach(() => {
    currencyStore = new InMemoryCurrencyRepository(euro({ active: false }));
    handler = new ActivateCurrencyHandler(currencyStore);
  });

  it('saves the currency as active: true, publishes CurrencyActivated with the code, and answers the saved currency', async () => {
    const answered = await handler.execute(new ActivateCurrency('EUR'));

    expect(answered).toMatchObject({ id: 'EUR', active: true, version: 2 });
    expect(await currencyStore.getById('EUR')).toMatchObject({ active: true, version: 2 });
    expect(currencyStore.published).toHaveLength(1);
    expect(currencyStore.published[0]).toBeInstanceOf(CurrencyActivated);
    expect((currencyStore.published[0] as CurrencyActivated).payload).toEqual({ code: 'EUR' });
  });

  it('refuses a second time with CURRENCY_ALREADY_ACTIVE and leaves the currency as it was', async () => {
    await handler.execute(new ActivateCurrency('EUR'));

    const attempt = handler.execute(new ActivateCurrency('EUR'));

    await expect(attempt).rejects.toBeInstanceOf(CurrencyAlreadyActive);
    await expect(attempt).rejects.toMatchObject({ code: 'CURRENCY_ALREADY_ACTIVE', kind: 'conflict' });
    expect(await currencyStore.getById('EUR')).toMatchObject({ active: true, version: 2 });
    expect(currencyStore.published).toHaveLength(1);
  });

  it('refuses an unknown code with CURRENCY_NOT_FOUND and publishes nothing', async () => {
    await expect(handler.execute(new ActivateCurrency('ZZZ'))).rejects.toMatchObject({ code: 'CURRENCY_NOT_FOUND', kind: 'not_found' });
    expect(currencyStore.published).toEqual([]);
  });
});
