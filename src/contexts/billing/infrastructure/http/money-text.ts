import { Money } from '@promenade/ddd';

/** `1,234.56 EUR`, `1,235 JPY`: as many decimals as the currency has minor units, from the integer minor units (no float). */
export function moneyText(money: Money): string {
  const digits = money.currency.minorUnits;
  const negative = money.minor < 0n;
  const text = (negative ? -money.minor : money.minor).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction} ${money.currency.code}`;
}
