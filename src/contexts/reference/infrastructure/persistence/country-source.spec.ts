import { codes as iso4217Codes } from 'currency-codes';
import { countryRows } from './country-source';

describe('countryRows (world-countries)', () => {
  const rows = countryRows();

  it('holds every ISO 3166-1 country, 249, each code once', () => {
    expect(rows).toHaveLength(249);
    expect(new Set(rows.map((row) => row.id)).size).toBe(249);
    expect(new Set(rows.map((row) => row.alpha3)).size).toBe(249);
    expect(new Set(rows.map((row) => row.numeric)).size).toBe(249);
    expect(rows.every((row) => /^[A-Z]{2}$/.test(row.id) && /^[A-Z]{3}$/.test(row.alpha3) && /^\d{3}$/.test(row.numeric))).toBe(true);
  });

  it('leaves out Kosovo, which has no ISO 3166-1 code', () => {
    expect(rows.find((row) => row.id === 'XK')).toBeUndefined();
  });

  it('maps Germany with its codes, names, the euro, +49 and its region', () => {
    expect(rows.find((row) => row.id === 'DE')).toEqual({
      id: 'DE',
      alpha3: 'DEU',
      numeric: '276',
      name: 'Germany',
      officialName: 'Federal Republic of Germany',
      currencies: ['EUR'],
      callingCodes: ['+49'],
      region: 'Europe',
      subregion: 'Western Europe',
    });
  });

  it('keeps numeric codes with their leading zeros', () => {
    expect(rows.find((row) => row.id === 'AF')?.numeric).toBe('004');
  });

  it('gives the country calling code, not area codes or national prefixes: +7 for Russia and Kazakhstan, +1 for NANP', () => {
    const callingCodes = (id: string) => rows.find((row) => row.id === id)?.callingCodes;
    expect(callingCodes('RU')).toEqual(['+7']);
    expect(callingCodes('KZ')).toEqual(['+7']);
    expect(callingCodes('US')).toEqual(['+1']);
    expect(callingCodes('DO')).toEqual(['+1']);
    expect(callingCodes('VA')).toEqual(['+39']);
    expect(callingCodes('DE')).toEqual(['+49']);
    expect(rows.every((row) => row.callingCodes.every((code) => /^\+\d{1,3}$/.test(code)))).toBe(true);
  });

  it("falls back to world-countries only for what libphonenumber-js does not know, and gives UM no one else's code", () => {
    const callingCodes = (id: string) => rows.find((row) => row.id === id)?.callingCodes;
    expect(callingCodes('TF')).toEqual(['+262']);
    expect(callingCodes('GS')).toEqual(['+500']);
    expect(callingCodes('UM')).toEqual([]);
    expect(callingCodes('SZ')).toEqual(['+268']);
  });

  it('lists only currencies ISO 4217 has, the ones /currencies serves', () => {
    const known = new Set(iso4217Codes());
    expect(rows.every((row) => row.currencies.every((code) => known.has(code)))).toBe(true);
    expect(rows.find((row) => row.id === 'GG')?.currencies).toEqual(['GBP']);
    expect(rows.find((row) => row.id === 'CK')?.currencies).toEqual(['NZD']);
    expect(rows.find((row) => row.id === 'ZW')?.currencies).not.toContain('ZWB');
  });

  it('gives no calling code or subregion where the source has none', () => {
    expect(rows.find((row) => row.id === 'AQ')).toMatchObject({ callingCodes: [], subregion: null, region: 'Antarctic' });
  });
});
