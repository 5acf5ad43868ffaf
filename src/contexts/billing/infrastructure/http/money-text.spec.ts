import { Money } from '@promenade/ddd';
import { moneyText } from './money-text';

describe('moneyText', () => {
  it.each([
    [123456, 'EUR', '1,234.56 EUR'],
    [5, 'EUR', '0.05 EUR'],
    [0, 'EUR', '0.00 EUR'],
    [1235, 'JPY', '1,235 JPY'],
    [1234567, 'KWD', '1,234.567 KWD'],
    [-1999, 'USD', '-19.99 USD'],
    [100000000, 'USD', '1,000,000.00 USD'],
  ])('writes %i minor units of %s as %s', (minor, currency, expected) => {
    expect(moneyText(Money.of(minor, currency))).toBe(expected);
  });
});
