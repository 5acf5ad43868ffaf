import { eventHandlerOf } from '@promenade/messaging';
import { CurrencyActivatedContract, CurrencyDeactivatedContract } from '../../../reference/contracts';
import { InMemoryUnavailableCurrencies } from '../testing/in-memory-unavailable-currencies';
import { AcceptCurrencyOnCurrencyActivated } from '../on-currency-activated/accept-currency.on-currency-activated';
import { RefuseCurrencyOnCurrencyDeactivated } from './refuse-currency.on-currency-deactivated';

/** As delivered: the outbox numbered the currency's announcements 1, 2, … */
const deactivated = (code: string, sequence: number) => new CurrencyDeactivatedContract({ code }, { sequence });
const activated = (code: string, sequence: number) => new CurrencyActivatedContract({ code }, { sequence });

describe('RefuseCurrencyOnCurrencyDeactivated', () => {
  let unavailable: InMemoryUnavailableCurrencies;
  let onDeactivated: RefuseCurrencyOnCurrencyDeactivated;
  let onActivated: AcceptCurrencyOnCurrencyActivated;

  beforeEach(() => {
    unavailable = new InMemoryUnavailableCurrencies();
    onDeactivated = new RefuseCurrencyOnCurrencyDeactivated(unavailable);
    onActivated = new AcceptCurrencyOnCurrencyActivated(unavailable);
  });

  it('subscribes to reference.currency-deactivated', () => {
    expect(eventHandlerOf(RefuseCurrencyOnCurrencyDeactivated)).toEqual({
      id: 'billing.refuse-currency-on-currency-deactivated',
      events: [CurrencyDeactivatedContract],
    });
  });

  it('refuses the withdrawn currency for new invoices, and only that one', async () => {
    await onDeactivated.handle(deactivated('EUR', 1));

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
    expect(await unavailable.isUnavailable('USD')).toBe(false);
  });

  it('leaves the currency refused when the same event is handled again', async () => {
    const event = deactivated('EUR', 1);

    await onDeactivated.handle(event);
    await onDeactivated.handle(event);

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });

  it('ignores a deactivation older than an activation already applied (a late retry)', async () => {
    await onActivated.handle(activated('EUR', 2));

    await onDeactivated.handle(deactivated('EUR', 1));

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });

  const announcements = [deactivated('EUR', 1), activated('EUR', 2), deactivated('EUR', 3)];
  const permutations = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

  it.each(permutations([0, 1, 2]))('ends refused after deactivate → activate → deactivate delivered in the order %p', async (...order) => {
    for (const index of order) {
      const event = announcements[index];
      if (event instanceof CurrencyDeactivatedContract) await onDeactivated.handle(event);
      else await onActivated.handle(event as CurrencyActivatedContract);
    }

    expect(await unavailable.isUnavailable('EUR')).toBe(true);
  });

  it('fails an event that carries no sequence, recording nothing, so it is retried and then dead-lettered', async () => {
    await expect(onDeactivated.handle(new CurrencyDeactivatedContract({ code: 'EUR' }))).rejects.toThrow(/has no sequence/);

    expect(await unavailable.isUnavailable('EUR')).toBe(false);
  });
});
