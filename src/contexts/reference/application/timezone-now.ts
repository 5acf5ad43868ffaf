import { Logger } from '@nestjs/common';
import { UtcOffset, utcOffsetAt } from '../domain/utc-offset';
import { TimezoneEntry } from './reference-catalog';

/** A zone with its offset at the moment asked about: computed after the cache, so never a stale one. */
export type TimezoneNow = TimezoneEntry & UtcOffset;

const logger = new Logger('Reference');
// Zones already reported as having no offset: once each per process, not on every request.
const reportedUnknown = new Set<string>();

export function timezoneAt(zone: TimezoneEntry, at: Date): TimezoneNow {
  const offset = utcOffsetAt(zone.name, at);
  if (offset.utcOffset === null && !reportedUnknown.has(zone.name)) {
    reportedUnknown.add(zone.name);
    logger.warn(
      `time zone ${zone.name} is unknown to this runtime's tz database (older ICU than @vvo/tzdb?); its offset is answered as null`,
    );
  }
  return { ...zone, ...offset };
}
