import { languageRows } from './language-source';

describe('languageRows (iso-639-1)', () => {
  const rows = languageRows();

  it('holds the 183 ISO 639-1 codes in force', () => {
    expect(rows).toHaveLength(183);
    expect(new Set(rows.map((row) => row.code)).size).toBe(183);
    expect(rows.every((row) => /^[a-z]{2}$/.test(row.code))).toBe(true);
  });

  it('maps German with its English and native names; the withdrawn sh is not there', () => {
    expect(rows.find((row) => row.code === 'de')).toEqual({ code: 'de', name: 'German', nativeName: 'Deutsch' });
    expect(rows.find((row) => row.code === 'sh')).toBeUndefined();
  });
});
