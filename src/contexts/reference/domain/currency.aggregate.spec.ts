import { CurrencyCreated } from '../contracts/currency-created.event';
import { Currency } from './currency.aggregate';

describe('Currency', () => {
  it('is created with a new id and raises CurrencyCreated', () => {
    const currency = Currency.create(new Date('2026-01-01T00:00:00Z'));
    expect(currency.isNew).toBe(true);
    const [event] = currency.pullEvents();
    expect(event).toBeInstanceOf(CurrencyCreated);
    expect(event.eventName).toBe('reference.currency-created');
    expect((event as CurrencyCreated).payload).toEqual({ currencyId: currency.id, createdAt: '2026-01-01T00:00:00.000Z' });
  });

  it('is restored as stored, raising nothing', () => {
    const currency = Currency.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 3, createdAt: new Date('2026-01-01T00:00:00Z') });
    expect(currency.version).toBe(3);
    expect(currency.pullEvents()).toEqual([]);
  });
});
