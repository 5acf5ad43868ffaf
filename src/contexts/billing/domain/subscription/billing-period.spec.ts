import { billingPeriodFrom, boundaryAfter } from './billing-period';

const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

/** The successive period ends of a subscription anchored at `anchor`, walked period by period as renewals do. */
function periodEnds(anchor: string, interval: 'month' | 'year', periods: number): string[] {
  const ends: string[] = [];
  let start = at(anchor);
  for (let n = 0; n < periods; n++) {
    start = billingPeriodFrom(at(anchor), interval, start).end;
    ends.push(iso(start));
  }
  return ends;
}

describe('billing periods, anchored on the day of the month', () => {
  it('renews one anchored on Jan 31 on Feb 28, then Mar 31, Apr 30, May 31 (never drifting to the 28th)', () => {
    expect(periodEnds('2026-01-31T10:00:00.000Z', 'month', 5)).toEqual([
      '2026-02-28T10:00:00.000Z',
      '2026-03-31T10:00:00.000Z',
      '2026-04-30T10:00:00.000Z',
      '2026-05-31T10:00:00.000Z',
      '2026-06-30T10:00:00.000Z',
    ]);
  });

  it('renews one anchored on Jan 31 of a leap year on Feb 29', () => {
    expect(periodEnds('2028-01-31T00:00:00.000Z', 'month', 2)).toEqual(['2028-02-29T00:00:00.000Z', '2028-03-31T00:00:00.000Z']);
  });

  it('keeps the 30th through February: Jan 30 → Feb 28 → Mar 30', () => {
    expect(periodEnds('2026-01-30T00:00:00.000Z', 'month', 2)).toEqual(['2026-02-28T00:00:00.000Z', '2026-03-30T00:00:00.000Z']);
  });

  it('renews one anchored on the 15th on the 15th of every month, across the year end', () => {
    expect(periodEnds('2026-11-15T08:30:00.000Z', 'month', 3)).toEqual([
      '2026-12-15T08:30:00.000Z',
      '2027-01-15T08:30:00.000Z',
      '2027-02-15T08:30:00.000Z',
    ]);
  });

  it('renews a yearly one anchored on Feb 29 on Feb 28 in common years and Feb 29 in the next leap year', () => {
    expect(periodEnds('2024-02-29T12:00:00.000Z', 'year', 4)).toEqual([
      '2025-02-28T12:00:00.000Z',
      '2026-02-28T12:00:00.000Z',
      '2027-02-28T12:00:00.000Z',
      '2028-02-29T12:00:00.000Z',
    ]);
  });

  it('renews a yearly one anchored on Mar 31 on Mar 31', () => {
    expect(periodEnds('2026-03-31T00:00:00.000Z', 'year', 2)).toEqual(['2027-03-31T00:00:00.000Z', '2028-03-31T00:00:00.000Z']);
  });

  it('keeps the time of day in UTC, to the millisecond', () => {
    expect(iso(boundaryAfter(at('2026-01-31T23:59:59.999Z'), 'month', 1))).toBe('2026-02-28T23:59:59.999Z');
  });

  it('counts every boundary from the anchor: the 12th monthly boundary of Jan 31 is Jan 31 next year', () => {
    expect(iso(boundaryAfter(at('2026-01-31T00:00:00.000Z'), 'month', 12))).toBe('2027-01-31T00:00:00.000Z');
    expect(iso(boundaryAfter(at('2026-01-31T00:00:00.000Z'), 'month', 13))).toBe('2027-02-28T00:00:00.000Z');
  });

  it('answers the first period from the anchor itself: [anchor, one interval later)', () => {
    const anchor = at('2026-01-31T00:00:00.000Z');
    expect(billingPeriodFrom(anchor, 'month', anchor)).toEqual({ start: anchor, end: at('2026-02-28T00:00:00.000Z') });
    expect(billingPeriodFrom(anchor, 'year', anchor)).toEqual({ start: anchor, end: at('2027-01-31T00:00:00.000Z') });
  });

  it('answers the period that begins where a clamped one ended: from Feb 28 to Mar 31', () => {
    const period = billingPeriodFrom(at('2026-01-31T00:00:00.000Z'), 'month', at('2026-02-28T00:00:00.000Z'));
    expect(period).toEqual({ start: at('2026-02-28T00:00:00.000Z'), end: at('2026-03-31T00:00:00.000Z') });
  });
});
