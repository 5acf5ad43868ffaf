import { UtcOffset, utcOffsetAt } from '../domain/utc-offset';
import { TimezoneEntry } from './reference-catalog';

/** A zone with its offset at the moment asked about: computed after the cache, so never a stale one. */
export type TimezoneNow = TimezoneEntry & UtcOffset;

export function timezoneAt(zone: TimezoneEntry, at: Date): TimezoneNow {
  return { ...zone, ...utcOffsetAt(zone.name, at) };
}
