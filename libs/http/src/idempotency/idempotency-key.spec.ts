import { RequestValidationFailed } from '../validation';
import { idempotencyKeyOf } from './idempotency-key';

describe('idempotencyKeyOf', () => {
  it('answers undefined when the request has no key', () => {
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
  });

  it.each(['0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', 'k', '"quoted as the draft writes it"', '~'.repeat(255)])('takes %j as it is', (key) => {
    expect(idempotencyKeyOf(key)).toBe(key);
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['not ASCII', 'clé'],
    ['a control character', 'a\u0000b'],
    ['sent twice', ['a', 'b']],
  ])('refuses a key that is %s with a 400 naming the header', (_, value) => {
    const refusal = catching(() => idempotencyKeyOf(value));
    expect(refusal).toBeInstanceOf(RequestValidationFailed);
    expect((refusal as RequestValidationFailed).fieldErrors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
  });
});

function catching(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
