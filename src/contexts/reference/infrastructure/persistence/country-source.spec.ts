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

  it('keeps numeric codes with their leading zeros, and every area of a shared calling plan', () => {
    expect(rows.find((row) => row.id === 'AF')?.numeric).toBe('004');
    const dominicanRepublic = rows.find((row) => row.id === 'DO');
    expect(dominicanRepublic?.callingCodes).toEqual(['+1809', '+1829', '+1849']);
  });

  it('gives no calling code or subregion where the source has none', () => {
    expect(rows.find((row) => row.id === 'AQ')).toMatchObject({ callingCodes: [], subregion: null, region: 'Antarctic' });
  });
});
