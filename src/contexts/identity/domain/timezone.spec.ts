import { Timezone } from './timezone';

describe('Timezone', () => {
  it.each(['Europe/Paris', 'America/Indiana/Knox', 'UTC'])('accepts the listed zone %s as it is', (zone) => {
    expect(Timezone.of(zone).value).toBe(zone);
  });

  it('accepts an alias of a listed zone and stores the listed name', () => {
    const listed = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
    for (const alias of ['Asia/Kolkata', 'Europe/Kyiv', 'Etc/UTC', 'europe/paris']) {
      expect(listed.has(Timezone.of(alias).value)).toBe(true);
    }
    expect(Timezone.of('europe/paris').value).toBe('Europe/Paris');
    expect(Timezone.of('Etc/UTC').value).toBe('UTC');
  });

  it.each([
    ['unknown', 'Mars/Olympus_Mons'],
    ['an offset', '+02:00'],
    ['an abbreviation', 'CET'],
    ['blank', ''],
  ])('refuses a zone that is %s with PROFILE_INVALID_TIMEZONE', (_case, value) => {
    expect(() => Timezone.of(value)).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_TIMEZONE', kind: 'invalid' }));
  });
});
