import { readFileSync } from 'node:fs';
import { data as iso4217, publishDate } from 'currency-codes';
import { Currency, InvalidCurrency, minorUnitsOf } from './currency';
import { InvalidMoneyAmount, Money, MoneyCurrencyMismatch } from './money';

describe('Money', () => {
  it('adds amounts of the same currency in minor units', () => {
    expect(Money.of(1050, 'EUR').add(Money.of(25, 'EUR')).toJSON()).toEqual({ amount: 1075, currency: 'EUR' });
  });

  it('refuses to add different currencies', () => {
    expect(() => Money.of(1, 'EUR').add(Money.of(1, 'USD'))).toThrow(MoneyCurrencyMismatch);
  });

  it('multiplies by a whole quantity', () => {
    expect(Money.of(199, 'USD').multiply(3).amount).toBe(597);
  });

  it('refuses fractional minor units', () => {
    expect(() => Money.of(10.5, 'EUR')).toThrow(InvalidMoneyAmount);
    expect(() => Money.of(1, 'EUR').multiply(1.5)).toThrow(InvalidMoneyAmount);
  });

  it('refuses amounts a JSON number cannot carry exactly', () => {
    expect(() => Money.of(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'EUR')).toThrow(InvalidMoneyAmount);
    expect(() => Money.of(Number.MAX_SAFE_INTEGER, 'EUR').add(Money.of(1, 'EUR'))).toThrow(InvalidMoneyAmount);
  });

  it('is equal by value', () => {
    expect(Money.of(5, 'JPY').equals(Money.of(5, 'JPY'))).toBe(true);
    expect(Money.of(5, 'JPY').equals(Money.of(6, 'JPY'))).toBe(false);
    expect(Money.of(5, 'JPY').equals(Money.of(5, 'EUR'))).toBe(false);
  });

  it('is immutable', () => {
    const money = Money.of(5, 'EUR');
    money.add(Money.of(1, 'EUR'));
    expect(money.amount).toBe(5);
    expect(Object.isFrozen((money as unknown as { props: object }).props)).toBe(true);
  });

  it('knows zero and negativity', () => {
    expect(Money.zero('EUR').amount).toBe(0);
    expect(Money.of(-1, 'EUR').isNegative()).toBe(true);
  });
});

describe('Currency', () => {
  it('takes its minor units from ISO 4217', () => {
    expect(Currency.of('EUR').minorUnits).toBe(2);
    expect(Currency.of('JPY').minorUnits).toBe(0);
    expect(Currency.of('BHD').minorUnits).toBe(3);
  });

  it('accepts every code currency-codes lists, with its digits, except those ISO gives no minor units', () => {
    const withoutMinorUnits = ['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX'];
    for (const { code, digits } of iso4217) {
      if (withoutMinorUnits.includes(code)) expect(minorUnitsOf(code)).toBeUndefined();
      else expect(Currency.of(code)).toMatchObject({ code, minorUnits: digits });
    }
    expect(iso4217.filter(({ code }) => minorUnitsOf(code) !== undefined)).toHaveLength(iso4217.length - withoutMinorUnits.length);
  });

  it('reads "no minor units" from the same ISO publication the digits come from', () => {
    const listOne = readFileSync(require.resolve('currency-codes/iso-4217-list-one.xml'), 'utf8');
    expect(listOne).toContain(`Pblshd="${publishDate}"`);
  });

  it.each(['eur', 'EU', 'EURO', 'ZZZ', 'XAU', 'XXX', 'XDR', ''])('rejects %p', (code) => {
    expect(() => Currency.of(code)).toThrow(InvalidCurrency);
  });
});
