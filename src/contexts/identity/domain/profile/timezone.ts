import { ValueObject } from '@promenade/ddd';
import { getTimeZones } from '@vvo/tzdb';
import { ProfileInvalidTimezone } from './profile.errors';

/**
 * Only `Area/Location` names are taken (and `UTC`, which everyone writes); the tz database's other bare
 * links (`CET`, `EST5EDT`, `Japan`, `GMT`) and offsets (`Etc/GMT+5`) are not.
 */
const AREA_LOCATION = /^[A-Za-z]+(?:\/[A-Za-z][A-Za-z0-9_-]*)+$/;
const accepted = (alias: string, name: string) => alias === name || alias === 'UTC' || AREA_LOCATION.test(alias);

/** Every accepted spelling, lower-cased, to the zone's tzdb name: `europe/kiev` → `Europe/Kyiv`, `utc` → `Etc/UTC`. */
const ZONE_BY_NAME = new Map(
  // With UTC, as the reference data loads them: the same zones under the same names.
  getTimeZones({ includeUtc: true }).flatMap(({ name, group }) =>
    group.filter((alias) => accepted(alias, name)).map((alias) => [alias.toLowerCase(), name] as const),
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
