import { eventHandlerOf } from '@promenade/messaging';
import { CurrencyActivatedContract } from '../../../reference/contracts';
import { InMemoryUnavailableCurrencies } from '../testing/in-memory-unavailable-currencies';
import { AcceptCurrencyOnCurrencyActivated } from './accept-currency.on-currency-activated';

const activated = (code: string, sequence: number) => new CurrencyActivatedContract({ code }, { sequence });

describe('AcceptCurrencyOnCurrencyActivated', () => {
  let unavailable: InMemoryUnavailableCurrencies;
  let handler: AcceptCurrencyOnCurrencyActivated;

  beforeEach(() => {
    unavailable = new InMemoryUnavailableCurrencies();
    handler = new AcceptCurrencyOnCurrencyActivated(unavailable);
  });

  it('subscribes to reference.currency-activated', () => {
    expect(eventHandlerOf(AcceptCurrencyOnCurrencyActivated)).toEqual({
      id: 'billing.accept-currency-on-currency-activated',
      events: [CurrencyActivatedContract],
    });
  });

  it('accepts a withdrawn currency again', async () => {
    await unavailable.markUnavailable('EUR', 1);

    await handler.handle(activated('EUR', 2));

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  it('leaves the currency accepted when the same event is handled again', async () => {
    await unavailable.markUnavailable('EUR', 1);
    const event = activated('EUR', 2);

    await handler.handle(event);
    await handler.handle(event);

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  it('ignores an activation older than a deactivation already applied (a late retry)', async () => {
    await unavailable.markUnavailable('EUR', 3);

    await handler.handle(activated('EUR', 2));

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });

  it('fails an event that carries no sequence, so it is retried and then dead-lettered', async () => {
    await unavailable.markUnavailable('EUR', 1);

    await expect(handler.handle(new CurrencyActivatedContract({ code: 'EUR' }))).rejects.toThrow(/has no sequence/);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });
});
