import { code as iso4217 } from 'currency-codes';
import { DomainError } from './domain-error';
import { ValueObject } from './value-object';

export class InvalidCurrency extends DomainError {
  readonly code = 'CURRENCY_INVALID';
  readonly kind = 'invalid';
  constructor(value: string) {
    super(`"${value}" is not an ISO 4217 currency code with minor units`);
  }
}

/**
 * Codes whose ISO 4217 minor units are "N.A." (metals, bond units, SDR, test and no-currency codes):
 * not money one can price with. `currency-codes` reports them as 0 digits, so they are named here.
 */
const NO_MINOR_UNITS = new Set(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);

/** An ISO 4217 currency, with its minor-unit digits taken from the ISO list (never typed by hand). */
export class Currency extends ValueObject<{ code: string; minorUnits: number }> {
  static of(value: string): Currency {
    const record = /^[A-Z]{3}$/.test(value) && !NO_MINOR_UNITS.has(value) ? iso4217(value) : undefined;
    if (!record || !Number.isInteger(record.digits)) throw new InvalidCurrency(value);
    return new Currency({ code: record.code, minorUnits: record.digits });
  }

  get code(): string {
    return this.props.code;
  }

  get minorUnits(): number {
    return this.props.minorUnits;
  }

  override toString(): string {
    return this.props.code;
  }
}
