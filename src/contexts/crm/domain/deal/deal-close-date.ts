/** A calendar date as `YYYY-MM-DD`; the expected close date has no time of day and no zone. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is `YYYY-MM-DD` and names a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC, the reference for "not in the past" (the service keeps every time in UTC). */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
