import { signatureFor, verifySignature } from './promenade-signature';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const BODY = '{"id":"evt_1","type":"payment.succeeded","data":{"providerReference":"ch_1"}}';
const SIGNED_AT = new Date('2026-01-01T00:00:00Z');
const header = signatureFor(SECRET, BODY, SIGNED_AT);
const after = (seconds: number) => new Date(SIGNED_AT.getTime() + seconds * 1000);
const rejection = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return error as Error & { header: string };
  }
  throw new Error('not rejected');
};

describe('Promenade-Signature', () => {
  it('signs as t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    expect(header).toMatch(/^t=1767225600,v1=[0-9a-f]{64}$/);
  });

  it('accepts a good signature of the exact body, within five minutes either way', () => {
    expect(() => verifySignature(SECRET, header, BODY, after(300))).not.toThrow();
    expect(() => verifySignature(SECRET, header, BODY, after(-300))).not.toThrow();
  });

  it('accepts any v1 that matches, as while a secret is rotated', () => {
    const [t, v1] = header.split(',');
    expect(() => verifySignature(SECRET, `${t},v1=${'0'.repeat(64)},${v1}`, BODY, SIGNED_AT)).not.toThrow();
  });

  it.each([
    ['another secret', () => verifySignature(`${SECRET}!`, header, BODY, SIGNED_AT)],
    ['a changed body', () => verifySignature(SECRET, header, BODY.replace('ch_1', 'ch_2'), SIGNED_AT)],
    ['a changed timestamp', () => verifySignature(SECRET, header.replace('t=1767225600', 't=1767225601'), BODY, SIGNED_AT)],
  ])('refuses a bad signature: %s', (_, work) => {
    expect(rejection(work)).toMatchObject({
      name: 'WebhookRejected',
      header: 'Promenade-Signature',
      message: 'the signature does not match the body',
    });
  });

  it('refuses a stale signature, more than five minutes old, and one from the future', () => {
    expect(rejection(() => verifySignature(SECRET, header, BODY, after(301))).message).toMatch(/more than 300 seconds old/);
    expect(rejection(() => verifySignature(SECRET, header, BODY, after(-301))).message).toMatch(/more than 300 seconds old/);
  });

  it.each([undefined, ['a', 'b'], '', 'v1=abc', `t=1767225600`, `t=x,v1=${'0'.repeat(64)}`, `t=1,t=2,v1=${'0'.repeat(64)}`])(
    'refuses a missing or malformed header: %j',
    (value) => {
      expect(rejection(() => verifySignature(SECRET, value, BODY, SIGNED_AT)).header).toBe('Promenade-Signature');
    },
  );
});
