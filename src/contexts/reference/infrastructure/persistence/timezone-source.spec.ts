import { timezoneRows } from './timezone-source';

describe('timezoneRows (@vvo/tzdb)', () => {
  const rows = timezoneRows();

  it('holds the 317 zones of countries and Etc/UTC', () => {
    expect(rows).toHaveLength(318);
    expect(rows.filter((row) => row.countryCode !== null)).toHaveLength(317);
    expect(rows.find((row) => row.name === 'Etc/UTC')).toMatchObject({
      countryCode: null,
      countryName: null,
      mainCities: [],
      aliases: expect.arrayContaining(['UTC']),
    });
  });

  it('maps Europe/Kyiv with its country, cities and former names as aliases', () => {
    expect(rows.find((row) => row.name === 'Europe/Kyiv')).toEqual({
      name: 'Europe/Kyiv',
      aliases: ['Europe/Kiev', 'Europe/Uzhgorod', 'Europe/Zaporozhye'],
      countryCode: 'UA',
      countryName: 'Ukraine',
      mainCities: ['Kyiv', 'Kharkiv', 'Odesa', 'Dnipro'],
    });
  });

  it('gives every name, zone or alias, to one zone only', () => {
    const names = rows.flatMap((row) => [row.name, ...row.aliases].map((name) => name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists only zones the runtime can compute offsets for', () => {
    for (const row of rows) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: row.name })).not.toThrow();
  });
});
