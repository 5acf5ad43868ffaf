import { Locale } from './locale';

describe('Locale', () => {
  it.each([
    ['EN-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    [' fr ', 'fr'],
    ['de-DE-u-co-phonebk', 'de-DE-u-co-phonebk'],
  ])('canonicalises %s to %s', (value, canonical) => {
    expect(Locale.of(value).value).toBe(canonical);
  });

  it.each([
    ['blank', ' '],
    ['not a tag', 'english please'],
    ['malformed', 'en_US'],
    ['longer than 35 characters', 'en-US-u-ca-gregory-nu-latn-hc-h23-co-phonebk'],
  ])('refuses a locale that is %s with PROFILE_INVALID_LOCALE', (_case, value) => {
    expect(() => Locale.of(value)).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_LOCALE', kind: 'invalid' }));
  });
});
