import { Money } from '@promenade/ddd';
import { LifetimeValue } from './lifetime-value';

const json = (value: LifetimeValue) => value.amounts.map((sum) => sum.toJSON());

describe('LifetimeValue', () => {
  it('starts empty', () => {
    expect(json(LifetimeValue.none())).toEqual([]);
  });

  it('sums amounts of one currency and keeps each currency apart, ordered by code', () => {
    const value = LifetimeValue.none().plus(Money.of(500, 'USD')).plus(Money.of(250, 'EUR')).plus(Money.of(100, 'USD'));

    expect(json(value)).toEqual([
      { amount: 250, currency: 'EUR' },
      { amount: 600, currency: 'USD' },
    ]);
  });

  it('is rebuilt from stored sums, merging a currency given twice, and compares by value', () => {
    const stored = LifetimeValue.of([Money.of(1, 'GBP'), Money.of(2, 'EUR'), Money.of(3, 'GBP')]);

    expect(json(stored)).toEqual([
      { amount: 2, currency: 'EUR' },
      { amount: 4, currency: 'GBP' },
    ]);
    expect(stored.equals(LifetimeValue.none().plus(Money.of(4, 'GBP')).plus(Money.of(2, 'EUR')))).toBe(true);
  });

  it('leaves the value it was added to unchanged', () => {
    const before = LifetimeValue.none().plus(Money.of(100, 'EUR'));

    before.plus(Money.of(50, 'EUR'));

    expect(json(before)).toEqual([{ amount: 100, currency: 'EUR' }]);
  });
});
