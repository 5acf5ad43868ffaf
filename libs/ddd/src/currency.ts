import { readFileSync } from 'node:fs';
import { code as iso4217 } from 'currency-codes';
import { domainError } from './domain-error';
import { ValueObject } from './value-object';

export class InvalidCurrency extends domainError('CURRENCY_INVALID', 'invalid') {
  constructor(value: string) {
    super(`"${value}" is not an ISO 4217 currency code with minor units`);
  }
}

/**
 * Codes whose ISO 4217 minor units are "N.A." (metals, bond units, SDR, test and no-currency codes): not money
 * one can price with. `currency-codes` reports them as 0 digits, so they are read from the ISO list it ships
 * and was built from (same publication), rather than named here.
 */
const NO_MINOR_UNITS = codesWithoutMinorUnits(readFileSync(require.resolve('currency-codes/iso-4217-list-one.xml'), 'utf8'));

/** The digits after the decimal point of an ISO 4217 code; undefined when it has none ("N.A.") or is no ISO code. */
export function minorUnitsOf(code: string): number | undefined {
  const record = /^[A-Z]{3}$/.test(code) && !NO_MINOR_UNITS.has(code) ? iso4217(code) : undefined;
  return record && Number.isInteger(record.digits) ? record.digits : undefined;
}

/** An ISO 4217 currency, with its minor-unit digits taken from the ISO list (never typed by hand). */
export class Currency extends ValueObject<{ code: string; minorUnits: number }> {
  static of(value: string): Currency {
    const minorUnits = minorUnitsOf(value);
    if (minorUnits === undefined) throw new InvalidCurrency(value);
    return new Currency({ code: value, minorUnits });
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

/** The `<Ccy>` of every `<CcyNtry>` in ISO's list one whose `<CcyMnrUnts>` is "N.A.". */
function codesWithoutMinorUnits(listOne: string): ReadonlySet<string> {
  const entries = listOne.match(/<CcyNtry>[\s\S]*?<\/CcyNtry>/g) ?? [];
  const codes = entries
    .filter((entry) => /<CcyMnrUnts>\s*N\.A\.\s*<\/CcyMnrUnts>/.test(entry))
    .map((entry) => /<Ccy>(\w{3})<\/Ccy>/.exec(entry)?.[1]);
  return new Set(codes.filter((code): code is string => code !== undefined));
}
