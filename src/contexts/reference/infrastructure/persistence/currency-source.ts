import { minorUnitsOf } from '@promenade/ddd';
import { data as iso4217 } from 'currency-codes';
import getSymbolFromCurrency from 'currency-symbol-map';

/** A row of reference.currencies as the seeder writes it (`active` and `version` are never its to write). */
export interface CurrencyRow {
  id: string;
  numeric: string;
  name: string;
  minorUnits: number | null;
  symbol: string | null;
}

/**
 * ISO 4217 as `currency-codes` ships it, with the symbol from `currency-symbol-map` where it has one.
 * Minor units come from the same rule Money uses: none ("N.A.": metals, funds, test codes) is null, not 0.
 */
export function currencyRows(): CurrencyRow[] {
  return iso4217.map((currency) => ({
    id: currency.code,
    numeric: currency.number,
    name: currency.currency,
    minorUnits: minorUnitsOf(currency.code) ?? null,
    symbol: getSymbolFromCurrency(currency.code) ?? null,
  }));
}
