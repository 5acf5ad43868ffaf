import { ValueObject } from '@promenade/ddd';
import { getTimeZones } from '@vvo/tzdb';
import { ProfileInvalidTimezone } from './profile.errors';

/** Only `Area/Location` names are taken; the tz database's bare links (`CET`, `EST5EDT`, `Japan`) and offsets are not. */
const AREA_LOCATION = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

// tzdb lists the zones of countries, so UTC (in no country) is the one zone added here, with IANA's own alias.
const UTC = { name: 'UTC', group: ['UTC', 'Etc/UTC'] };

/** Every accepted spelling, lower-cased, to the zone's tzdb name: `europe/kiev` → `Europe/Kyiv`. */
const ZONE_BY_NAME = new Map(
  [...getTimeZones(), UTC].flatMap(({ name, group }) =>
    group.filter((alias) => alias === name || AREA_LOCATION.test(alias)).map((alias) => [alias.toLowerCase(), name] as const),
  ),
);

/**
 * A user's IANA time zone, stored under its @vvo/tzdb name, the one the reference data serves. Any name in the
 * zone's tzdb group (a former name, or a zone keeping the same clock today) is stored as that name
 * (`Europe/Kiev` → `Europe/Kyiv`); names are matched whatever their case, as `Intl` matches them.
 */
export class Timezone extends ValueObject<{ value: string }> {
  static of(value: string): Timezone {
    const zone = ZONE_BY_NAME.get(value.trim().toLowerCase());
    if (zone === undefined) throw new ProfileInvalidTimezone(value);
    return new Timezone({ value: zone });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
