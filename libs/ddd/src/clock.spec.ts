import { SystemClock } from './clock';
import { ManualClock } from './testing/manual-clock';

describe('Clock', () => {
  it('reads the system time', () => {
    const before = Date.now();
    const now = new SystemClock().now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('is set and advanced by hand in tests, and hands out copies', () => {
    const clock = new ManualClock('2026-01-31T00:00:00Z');
    clock.advance(24 * 60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-02-01T00:00:00.000Z');
    clock.now().setFullYear(2000);
    expect(clock.now().getUTCFullYear()).toBe(2026);
    clock.set('2027-03-01T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-03-01T12:00:00.000Z');
  });
});
