import { dayOf, dueDateOf } from './due-date';

describe('dueDateOf', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31'])('accepts the calendar day %s', (day) => {
    expect(dueDateOf(day)).toBe(day);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-1-5', '2026-01-05T00:00:00Z', 'tomorrow'])(
    'refuses %s with INVOICE_DUE_DATE_INVALID',
    (value) => {
      expect(() => dueDateOf(value)).toThrow(expect.objectContaining({ code: 'INVOICE_DUE_DATE_INVALID' }));
    },
  );
});

describe('dayOf', () => {
  it('is the UTC day of the instant', () => {
    expect(dayOf(new Date('2026-03-01T23:30:00-02:00'))).toBe('2026-03-02');
  });
});
