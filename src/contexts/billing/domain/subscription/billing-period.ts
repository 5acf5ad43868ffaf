import { BillingInterval } from '../plan/billing-interval';

/** One billed stretch of a subscription: from `start` (included) to `end` (excluded), where the next one starts. */
export interface BillingPeriod {
  start: Date;
  end: Date;
}

const MONTHS_PER = { month: 1, year: 12 } as const;

/**
 * The `count`-th period boundary after `anchor`: `count` months (or years) later, on the anchor's day of the month,
 * or on that month's last day when it is shorter, at the anchor's UTC time of day. Always counted from the anchor,
 * never from the previous boundary, so a subscription anchored on Jan 31 renews Feb 28 (29), then Mar 31, not Mar 28.
 */
export function boundaryAfter(anchor: Date, interval: BillingInterval, count: number): Date {
  const monthIndex = anchor.getUTCMonth() + count * MONTHS_PER[interval];
  const year = anchor.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const boundary = new Date(anchor);
  boundary.setUTCFullYear(year, month, Math.min(anchor.getUTCDate(), lastDay));
  return boundary;
}

/**
 * The period that begins at `start`, which is the anchor itself or a boundary after it (where the previous period
 * ended): it ends at the next boundary. Months between the anchor and `start` say which boundary `start` is, since
 * every boundary falls in its own calendar month.
 */
export function billingPeriodFrom(anchor: Date, interval: BillingInterval, start: Date): BillingPeriod {
  const monthsElapsed = (start.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + (start.getUTCMonth() - anchor.getUTCMonth());
  const count = Math.floor(monthsElapsed / MONTHS_PER[interval]) + 1;
  return { start, end: boundaryAfter(anchor, interval, count) };
}
