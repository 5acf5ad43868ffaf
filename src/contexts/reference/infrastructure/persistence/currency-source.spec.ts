import { codes as iso4217Codes } from 'currency-codes';
import { currencyRows } from './currency-source';

describe('currencyRows (currency-codes, currency-symbol-map)', () => {
  const rows = currencyRows();

  it('holds every ISO 4217 code the package ships', () => {
    expect(rows.map((row) => row.id).sort()).toEqual([...iso4217Codes()].sort());
    expect(rows.length).toBeGreaterThan(170);
  });

  it('maps the euro, the yen and the Bahraini dinar with their digits and symbols', () => {
    expect(rows.find((row) => row.id === 'EUR')).toEqual({ id: 'EUR', numeric: '978', name: 'Euro', minorUnits: 2, symbol: '€' });
    expect(rows.find((row) => row.id === 'JPY')).toMatchObject({ numeric: '392', minorUnits: 0, symbol: '¥' });
    expect(rows.find((row) => row.id === 'BHD')).toMatchObject({ minorUnits: 3 });
  });

  it('has no minor units (null, not 0) where ISO 4217 says N.A., and no symbol where the map has none', () => {
    expect(rows.find((row) => row.id === 'XAU')).toMatchObject({ minorUnits: null, symbol: null });
    expect(rows.filter((row) => row.minorUnits === null).map((row) => row.id)).toEqual(
      expect.arrayContaining(['XAG', 'XAU', 'XDR', 'XTS', 'XXX']),
    );
  });
});
