import { CurrencyActivated } from '../events/currency-activated.event';
import { CurrencyDeactivated } from '../events/currency-deactivated.event';
import { euro } from '../testing/reference.fixtures';
import { CurrencyAlreadyActive, CurrencyAlreadyInactive } from './currency.errors';

describe('Currency', () => {
  it('is restored as stored, raising nothing', () => {
    const currency = euro({ version: 3 });
    expect(currency).toMatchObject({ id: 'EUR', version: 3, numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€', active: true });
    expect(currency.isNew).toBe(false);
    expect(currency.pullEvents()).toEqual([]);
  });

  it('deactivates an active currency and raises reference.currency-deactivated with its code', () => {
    const currency = euro();
    currency.deactivate();
    expect(currency.active).toBe(false);
    const [event] = currency.pullEvents();
    expect(event).toBeInstanceOf(CurrencyDeactivated);
    expect(event.eventName).toBe('reference.currency-deactivated');
    expect((event as CurrencyDeactivated).payload).toEqual({ code: 'EUR' });
    expect(event.metadata.aggregateId).toBe('EUR');
  });

  it('activates an inactive currency and raises reference.currency-activated', () => {
    const currency = euro({ active: false });
    currency.activate();
    expect(currency.active).toBe(true);
    const [event] = currency.pullEvents();
    expect(event).toBeInstanceOf(CurrencyActivated);
    expect((event as CurrencyActivated).payload).toEqual({ code: 'EUR' });
  });

  it('refuses to deactivate an inactive currency with CURRENCY_ALREADY_INACTIVE, raising nothing', () => {
    const currency = euro({ active: false });
    expect(() => currency.deactivate()).toThrow(CurrencyAlreadyInactive);
    expect(() => currency.deactivate()).toThrow(expect.objectContaining({ code: 'CURRENCY_ALREADY_INACTIVE', kind: 'conflict' }));
    expect(currency.active).toBe(false);
    expect(currency.pullEvents()).toEqual([]);
  });

  it('refuses to activate an active currency with CURRENCY_ALREADY_ACTIVE, raising nothing', () => {
    const currency = euro();
    expect(() => currency.activate()).toThrow(CurrencyAlreadyActive);
    expect(() => currency.activate()).toThrow(expect.objectContaining({ code: 'CURRENCY_ALREADY_ACTIVE', kind: 'conflict' }));
    expect(currency.active).toBe(true);
    expect(currency.pullEvents()).toEqual([]);
  });

  it('goes back and forth, one event per change, in order', () => {
    const currency = euro();
    currency.deactivate();
    currency.activate();
    currency.deactivate();
    expect(currency.pullEvents().map((event) => event.eventName)).toEqual([
      'reference.currency-deactivated',
      'reference.currency-activated',
      'reference.currency-deactivated',
    ]);
  });
});
