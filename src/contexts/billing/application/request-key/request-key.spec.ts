import { requestKeyOf } from './request-key';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('requestKeyOf', () => {
  it('derives the same key for the same purpose, caller and request key, another when any of them differs', () => {
    expect(requestKeyOf('refund', ADA, 'k')).toBe(requestKeyOf('refund', ADA, 'k'));
    expect(requestKeyOf('refund', ADA, 'k')).toMatch(/^refund-request:[0-9a-f]{64}$/);
    expect(requestKeyOf('payment', ADA, 'k')).not.toBe(requestKeyOf('refund', ADA, 'k'));
    expect(requestKeyOf('refund', BOB, 'k')).not.toBe(requestKeyOf('refund', ADA, 'k'));
    expect(requestKeyOf('refund', ADA, 'k2')).not.toBe(requestKeyOf('refund', ADA, 'k'));
  });
});
