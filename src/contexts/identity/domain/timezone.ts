import { ValueObject } from '@promenade/ddd';
import { ProfileInvalidTimezone } from './profile.errors';

// Interim source: the runtime's IANA zones (which omit "UTC"); the Reference-data issue switches this to its dataset.
const KNOWN_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
const AREA_LOCATION = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

/**
 * A user's IANA time zone, stored under the name the zone list gives it. The runtime's list keeps CLDR's
 * older names, so a current alias is accepted and stored as the listed zone (Node 20: `Asia/Kolkata` → `Asia/Calcutta`).
 */
export class Timezone extends ValueObject<{ value: string }> {
  static of(value: string): Timezone {
    const trimmed = value.trim();
    const zone = KNOWN_ZONES.has(trimmed) ? trimmed : listedNameOf(trimmed);
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

/** The listed zone an `Area/Location` alias stands for; abbreviations (`EST`) and offsets are not taken. */
function listedNameOf(alias: string): string | undefined {
  if (!AREA_LOCATION.test(alias)) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: alias }).resolvedOptions().timeZone;
    return KNOWN_ZONES.has(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}
