import { ValueObject } from '@promenade/ddd';
import { GtinInvalid } from './product.errors';

/** GTIN-8, -12 (UPC-A), -13 (EAN-13) and -14: digits only, the last one a check digit. */
const GTIN = /^(?:\d{8}|\d{12,14})$/;

/**
 * A barcode number (GS1 GTIN) whose check digit is right: a mistyped digit is refused here rather than
 * failing at the scanner. The check digit makes the weighted sum of all digits (3, 1, 3, 1… from the right,
 * the check digit itself weighing 1) a multiple of 10.
 */
export class Gtin extends ValueObject<{ value: string }> {
  static of(raw: string): Gtin {
    const value = raw.trim();
    if (!GTIN.test(value)) throw new GtinInvalid(`"${raw}" is not a GTIN: 8, 12, 13 or 14 digits`);
    if (weightedSum(value) % 10 !== 0) throw new GtinInvalid(`"${raw}" has a wrong check digit`);
    return new Gtin({ value });
  }

  get value(): string {
    return this.props.value;
  }
}

function weightedSum(digits: string): number {
  let sum = 0;
  for (let fromRight = 0; fromRight < digits.length; fromRight++) {
    sum += Number(digits[digits.length - 1 - fromRight]) * (fromRight % 2 === 1 ? 3 : 1);
  }
  return sum;
}
