import { getTimeZones } from '@vvo/tzdb';

/** A row of reference.timezones. */
export interface TimezoneRow {
  name: string;
  aliases: string[];
  countryCode: string | null;
  countryName: string | null;
  mainCities: string[];
}

/**
 * IANA zones from `@vvo/tzdb`: the 317 zones of countries, and Etc/UTC (whose aliases include "UTC"),
 * which belongs to no country but is a time zone people choose. A zone's group lists its other names
 * (Europe/Kiev for Europe/Kyiv, links such as Europe/Zaporozhye): they become its aliases.
 */
export function timezoneRows(): TimezoneRow[] {
  return getTimeZones({ includeUtc: true }).map((zone) => ({
    name: zone.name,
    aliases: zone.group.filter((alias) => alias !== zone.name),
    countryCode: zone.countryCode || null,
    countryName: zone.countryName || null,
    mainCities: zone.mainCities.filter((city) => city !== ''),
  }));
}
