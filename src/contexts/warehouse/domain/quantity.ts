import { domainError, ValueObject } from '@promenade/ddd';

export const UNITS_OF_MEASURE = ['each', 'kg', 'l', 'm'] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

export class QuantityInvalid extends domainError('QUANTITY_INVALID', 'invalid') {}

/** Thousandths per unit: grams, millilitres, millimetres. The finest step any unit is counted in. */
const STEP = 1000;
/** A billion units: far above any stock level, and its thousandths stay exact in a double. */
const MAX_UNITS = 1_000_000_000;

/**
 * An amount of a product, in its unit of measure. Held as a whole number of thousandths, so sums and differences
 * are exact (never floating-point drift across a ledger); `each` counts whole units only. Never negative: a
 * decrease is a `minus`, and a signed change (an adjustment) is a direction and a Quantity.
 */
export class Quantity extends ValueObject<{ thousandths: number }> {
  static readonly zero = new Quantity({ thousandths: 0 });

  /**
   * From what a client sent: above 0, at most 3 decimals (whole for `each`), at most a billion. `unit` null: a SKU
   * the catalog does not know, so only the rules every unit shares apply (the line is kept to name the shortage).
   */
  static of(value: number, unit: UnitOfMeasure | null): Quantity {
    const thousandths = Math.round(value * STEP);
    if (!Number.isFinite(value) || value <= 0 || value > MAX_UNITS)
      throw new QuantityInvalid(`a quantity must be above 0 and at most ${MAX_UNITS} ${unit ?? 'units'}`);
    if (Math.abs(thousandths - value * STEP) > 1e-6)
      throw new QuantityInvalid(`a quantity in ${unit ?? 'any unit'} has at most 3 decimals`);
    if (unit === 'each' && thousandths % STEP !== 0) throw new QuantityInvalid('a quantity counted in each is a whole number');
    return new Quantity({ thousandths });
  }

  /** As stored: a whole number of thousandths (PostgreSQL numeric(15,3) read back times 1000). */
  static ofThousandths(thousandths: number): Quantity {
    if (!Number.isSafeInteger(thousandths) || thousandths < 0)
      throw new QuantityInvalid(`${thousandths} thousandths is not a stored quantity`);
    return thousandths === 0 ? Quantity.zero : new Quantity({ thousandths });
  }

  /** From a numeric column as the pg driver answers it (a string such as "12.500"). */
  static fromColumn(value: string | number): Quantity {
    return Quantity.ofThousandths(Math.round(Number(value) * STEP));
  }

  get thousandths(): number {
    return this.props.thousandths;
  }

  get isZero(): boolean {
    return this.props.thousandths === 0;
  }

  plus(other: Quantity): Quantity {
    return Quantity.ofThousandths(this.thousandths + other.thousandths);
  }

  /** Throws QuantityInvalid below zero: callers check `isLessThan` first when running short is a business outcome. */
  minus(other: Quantity): Quantity {
    if (other.thousandths > this.thousandths) throw new QuantityInvalid(`cannot take ${other.toNumber()} from ${this.toNumber()}`);
    return Quantity.ofThousandths(this.thousandths - other.thousandths);
  }

  isLessThan(other: Quantity): boolean {
    return this.thousandths < other.thousandths;
  }

  /** The smaller of the two. */
  min(other: Quantity): Quantity {
    return this.isLessThan(other) ? this : other;
  }

  /** For JSON and the numeric column: 12.5, 3. */
  toNumber(): number {
    return this.thousandths / STEP;
  }

  override toString(): string {
    return String(this.toNumber());
  }
}
