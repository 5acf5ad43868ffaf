import { Quantity, QuantityInvalid } from './quantity';

describe('Quantity', () => {
  it('counts in exact thousandths, so a ledger of decimals sums without drift', () => {
    const sum = [0.1, 0.2, 0.3].map((value) => Quantity.of(value, 'kg')).reduce((a, b) => a.plus(b), Quantity.zero);
    expect(sum.toNumber()).toBe(0.6);
    expect(sum.thousandths).toBe(600);
    expect(Quantity.of(2.5, 'l').minus(Quantity.of(0.75, 'l')).toNumber()).toBe(1.75);
  });

  it.each([
    [0, 'kg', /above 0/],
    [-1, 'each', /above 0/],
    [Number.NaN, 'kg', /above 0/],
    [1_000_000_001, 'each', /at most 1000000000/],
    [1.0005, 'kg', /at most 3 decimals/],
    [1.5, 'each', /whole number/],
    [0, null, /above 0 and at most 1000000000 units/],
    [0.0001, null, /in any unit has at most 3 decimals/],
  ] as const)('refuses %p %s', (value, unit, message) => {
    expect(() => Quantity.of(value, unit)).toThrow(QuantityInvalid);
    expect(() => Quantity.of(value, unit)).toThrow(message);
  });

  it('takes a quantity of an unknown unit by the rules every unit shares', () => {
    expect(Quantity.of(1.5, null).toNumber()).toBe(1.5);
  });

  it('never goes below zero, and compares', () => {
    expect(() => Quantity.of(1, 'each').minus(Quantity.of(2, 'each'))).toThrow('cannot take 2 from 1');
    expect(Quantity.of(1, 'each').isLessThan(Quantity.of(2, 'each'))).toBe(true);
    expect(Quantity.of(3, 'each').min(Quantity.of(2, 'each')).toNumber()).toBe(2);
    expect(Quantity.of(1, 'each').minus(Quantity.of(1, 'each')).isZero).toBe(true);
  });

  it('reads a numeric column as the pg driver answers it', () => {
    expect(Quantity.fromColumn('12.500').equals(Quantity.of(12.5, 'kg'))).toBe(true);
    expect(Quantity.fromColumn('0.000').isZero).toBe(true);
    expect(() => Quantity.ofThousandths(-1)).toThrow(QuantityInvalid);
  });
});
