import { InvoiceDueDateInvalid } from './invoice.errors';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A due date is a calendar day, no time nor zone: `2026-02-28`. Refuses what is not a real day (2026-02-30). */
export function dueDateOf(value: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) throw new InvoiceDueDateInvalid(value);
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (day.toISOString().slice(0, 10) !== value) throw new InvoiceDueDateInvalid(value);
  return value;
}

/** The UTC calendar day of an instant: what "due on receipt" means for an invoice issued then. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
