import { EVENTS_HANDLER_METADATA } from '@nestjs/cqrs/dist/decorators/constants';
import { CurrencyActivated } from '../../../reference/contracts';
import { InMemoryUnavailableCurrencies } from '../testing/in-memory-unavailable-currencies';
import { OnCurrencyActivated } from './on-currency-activated.handler';

const activated = (code: string, sequence: number) => new CurrencyActivated({ code }, { sequence });

describe('OnCurrencyActivated', () => {
  let unavailable: InMemoryUnavailableCurrencies;
  let handler: OnCurrencyActivated;

  beforeEach(() => {
    unavailable = new InMemoryUnavailableCurrencies();
    handler = new OnCurrencyActivated(unavailable);
  });

  it('subscribes to reference.currency-activated', () => {
    expect(Reflect.getMetadata(EVENTS_HANDLER_METADATA, OnCurrencyActivated)).toEqual([CurrencyActivated]);
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

    await expect(handler.handle(new CurrencyActivated({ code: 'EUR' }))).rejects.toThrow(/has no sequence/);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });
});
