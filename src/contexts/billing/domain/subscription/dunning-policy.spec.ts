import { DunningPolicy } from './dunning-policy';
import { DunningPolicyInvalid } from './subscription.errors';

const FAILED_AT = new Date('2026-02-28T10:00:00.000Z');

describe('DunningPolicy', () => {
  it('reads the configured days and answers each retry counted in days from the first failed charge', () => {
    const policy = DunningPolicy.parse('1,3,5', 'unpaid');

    expect(policy.retryAt(1, FAILED_AT)).toEqual(new Date('2026-03-01T10:00:00.000Z'));
    expect(policy.retryAt(2, FAILED_AT)).toEqual(new Date('2026-03-03T10:00:00.000Z'));
    expect(policy.retryAt(3, FAILED_AT)).toEqual(new Date('2026-03-05T10:00:00.000Z'));
    expect(policy.finalStatus).toBe('unpaid');
  });

  it('has no retry beyond its last day', () => {
    expect(DunningPolicy.of([2], 'canceled').retryAt(2, FAILED_AT)).toBeNull();
  });

  it.each([[[]], [[0, 3]], [[3, 1]], [[1, 1]], [[1.5]], [[Number.NaN]]])('refuses the retry days %j', (days) => {
    expect(() => DunningPolicy.of(days, 'canceled')).toThrow(DunningPolicyInvalid);
  });

  it('refuses a text that is not a list of days', () => {
    expect(() => DunningPolicy.parse('1,,3', 'canceled')).toThrow(DunningPolicyInvalid);
    expect(() => DunningPolicy.parse('one', 'canceled')).toThrow(DunningPolicyInvalid);
  });
});
