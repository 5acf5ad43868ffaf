/** The offset of a zone from UTC at one moment, as clocks there show it (daylight saving time included). */
export interface UtcOffset {
  /** "+02:00", "-03:30", "+00:00"; null when the runtime's tz database cannot tell. */
  utcOffset: string | null;
  /** 120, -210, 0; null with utcOffset. */
  utcOffsetMinutes: number | null;
}

/** What is answered for a zone the runtime does not know: no offset, rather than a made-up +00:00. */
export const UNKNOWN_UTC_OFFSET: UtcOffset = Object.freeze({ utcOffset: null, utcOffsetMinutes: null });

// Building a formatter costs far more than using one; one per zone, kept for the life of the process.
// null marks a zone the runtime's ICU does not know (@vvo/tzdb may be newer), so it is not tried again.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The zone's offset at `at`, from the runtime's tz database (Intl), so a DST switch counts from its first
 * second. UNKNOWN_UTC_OFFSET when the runtime does not know the zone or names its offset unexpectedly.
 */
export function utcOffsetAt(zone: string, at: Date): UtcOffset {
  // "GMT+02:00", "GMT-03:30", or a bare "GMT" when the offset is zero.
  const name = formatterOf(zone)
    ?.formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (name === 'GMT') return { utcOffset: '+00:00', utcOffsetMinutes: 0 };
  const match = name === undefined ? null : /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return UNKNOWN_UTC_OFFSET;
  const [, sign, hours, minutes] = match;
  const utcOffsetMinutes = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return { utcOffset: `${sign}${hours}:${minutes}`, utcOffsetMinutes };
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;

/**
 * Seconds until the next UTC quarter hour: the soonest any zone's offset can change, since every
 * daylight-saving switch in the tz database falls on one (local midnight to 03:00 in zones whose
 * offsets are whole quarter hours). A cached offset is therefore right until then.
 */
export function secondsUntilOffsetsMayChange(now: Date): number {
  return Math.ceil((QUARTER_HOUR_MS - (now.getTime() % QUARTER_HOUR_MS)) / 1000);
}
