import { divideHalfEven, lineAmounts, sumLines } from './invoice-totals';

describe('divideHalfEven', () => {
  it.each([
    [5n, 10n, 0n], // 0.5 → 0 (even)
    [15n, 10n, 2n], // 1.5 → 2 (even)
    [25n, 10n, 2n], // 2.5 → 2 (even)
    [35n, 10n, 4n], // 3.5 → 4 (even)
    [14n, 10n, 1n], // 1.4 → 1
    [16n, 10n, 2n], // 1.6 → 2
    [-25n, 10n, -2n], // -2.5 → -2 (even)
    [-35n, 10n, -4n], // -3.5 → -4 (even)
    [-16n, 10n, -2n], // -1.6 → -2
    [20n, 10n, 2n], // exact
    [0n, 10n, 0n],
  ])('rounds %p / %p to %p', (numerator, denominator, expected) => {
    expect(divideHalfEven(numerator, denominator)).toBe(expected);
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });
});

describe('lineAmounts', () => {
  it('multiplies quantity by unit price for the net, and adds the tax for the gross', () => {
    expect(lineAmounts(3, 1000n, 2000)).toEqual({ net: 3000n, tax: 600n, gross: 3600n });
  });

  it('rounds a tax of exactly half a minor unit to the even neighbour, per line', () => {
    // 25 × 10 % = 2.5 → 2; 35 × 10 % = 3.5 → 4
    expect(lineAmounts(1, 25n, 1000)).toEqual({ net: 25n, tax: 2n, gross: 27n });
    expect(lineAmounts(1, 35n, 1000)).toEqual({ net: 35n, tax: 4n, gross: 39n });
  });

  it('rounds other fractions to the nearest minor unit', () => {
    // 1999 × 7.7 % = 153.923 → 154; 1 × 19 % = 0.19 → 0
    expect(lineAmounts(1, 1999n, 770).tax).toBe(154n);
    expect(lineAmounts(1, 1n, 1900).tax).toBe(0n);
  });

  it('charges no tax at rate 0 and doubles the net at 10000 basis points', () => {
    expect(lineAmounts(2, 500n, 0)).toEqual({ net: 1000n, tax: 0n, gross: 1000n });
    expect(lineAmounts(2, 500n, 10_000)).toEqual({ net: 1000n, tax: 1000n, gross: 2000n });
  });

  it('stays exact beyond what a float holds', () => {
    const { net, tax } = lineAmounts(1_000_000, 9_000_000_001n, 2000);
    expect(net).toBe(9_000_000_001_000_000n);
    expect(tax).toBe(1_800_000_000_200_000n);
  });
});

describe('sumLines', () => {
  it('sums the rounded line amounts, so the totals add up to what the lines show', () => {
    // Rounded per line: 2 + 2 = 4; rounding the summed tax (5.0) would give 5.
    const lines = [lineAmounts(1, 25n, 1000), lineAmounts(1, 25n, 1000)];
    expect(sumLines(lines)).toEqual({ subtotal: 50n, taxTotal: 4n, total: 54n });
  });

  it('is zero for no lines', () => {
    expect(sumLines([])).toEqual({ subtotal: 0n, taxTotal: 0n, total: 0n });
  });
});
