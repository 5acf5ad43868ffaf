/** Basis points in one whole: a tax rate of 10000 is 100 %. */
export const BASIS_POINTS = 10_000n;

/**
 * `numerator / denominator` rounded to the nearest integer, ties to the even one (banker's rounding), on
 * bigint only: 0.5 → 0, 1.5 → 2, 2.5 → 2, -2.5 → -2. The denominator must be positive.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('the denominator must be positive');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  return quotient % 2n === 0n ? quotient : away;
}

export interface LineAmounts {
  net: bigint;
  tax: bigint;
  gross: bigint;
}

export interface Totals {
  subtotal: bigint;
  taxTotal: bigint;
  total: bigint;
}

/** One line in minor units: net = quantity × unit price; tax = net × rate / 10000, half-even per line; gross = net + tax. */
export function lineAmounts(quantity: number, unitPriceMinor: bigint, taxRateBasisPoints: number): LineAmounts {
  const net = BigInt(quantity) * unitPriceMinor;
  const tax = divideHalfEven(net * BigInt(taxRateBasisPoints), BASIS_POINTS);
  return { net, tax, gross: net + tax };
}

/** The document's totals are the sums of its lines' rounded amounts, so they always add up to what the lines show. */
export function sumLines(lines: readonly LineAmounts[]): Totals {
  return lines.reduce(
    (sum, line) => ({ subtotal: sum.subtotal + line.net, taxTotal: sum.taxTotal + line.tax, total: sum.total + line.gross }),
    { subtotal: 0n, taxTotal: 0n, total: 0n },
  );
}
