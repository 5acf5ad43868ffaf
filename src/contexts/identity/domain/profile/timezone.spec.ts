import { getTimeZones } from '@vvo/tzdb';
import { Timezone } from './timezone';

describe('Timezone', () => {
  it('accepts every zone @vvo/tzdb lists, stored under its own name', () => {
    for (const { name } of getTimeZones({ includeUtc: true })) expect(Timezone.of(name).value).toBe(name);
  });

  // Node 20's Intl list knows the first three only by their old names (Asia/Calcutta ...); tzdb's current ones stay.
  it.each(['Asia/Kolkata', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'Europe/Paris', 'Etc/UTC'])('accepts %s as it is', (zone) => {
    expect(Timezone.of(zone).value).toBe(zone);
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['US/Eastern', 'America/New_York'],
    ['America/Indiana/Knox', 'America/Chicago'],
    ['UTC', 'Etc/UTC'],
    ['Etc/Universal', 'Etc/UTC'],
  ])('stores the alias %s under its zone %s', (alias, zone) => {
    expect(Timezone.of(alias).value).toBe(zone);
  });

  it('matches names whatever their case and surrounding spaces, storing the tzdb spelling', () => {
    expect(Timezone.of('europe/paris').value).toBe('Europe/Paris');
    expect(Timezone.of(' EUROPE/KIEV ').value).toBe('Europe/Kyiv');
    expect(Timezone.of('utc').value).toBe('Etc/UTC');
  });

  it.each([
    ['unknown', 'Mars/Olympus_Mons'],
    ['an offset', '+02:00'],
    ['an offset zone', 'Etc/GMT+5'],
    ['an abbreviation', 'CET'],
    ['an abbreviation with its DST rule', 'EST5EDT'],
    ['a bare country link', 'Japan'],
    ['a bare link to UTC', 'GMT'],
    ['blank', ''],
  ])('refuses a zone that is %s with PROFILE_INVALID_TIMEZONE', (_case, value) => {
    expect(() => Timezone.of(value)).toThrow(expect.objectContaining({ code: 'PROFILE_INVALID_TIMEZONE', kind: 'invalid' }));
  });
});
