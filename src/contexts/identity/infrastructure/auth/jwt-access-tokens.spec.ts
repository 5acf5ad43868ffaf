import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@promenade/config';
import { ACCESS_TOKEN_TYPE, JwtAccessTokens } from './jwt-access-tokens';
import { signingKeyOptions } from './signing-key';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const SUBJECT = { userId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', sessionId: '0190a5b0-7c4e-7d2a-9b3c-00000000e001', sessionEpoch: 3 };

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (token: string) => {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>);
  return { header, payload };
};

describe('JwtAccessTokens', () => {
  const config = new AppConfig();
  /** Forges tokens with the key as a string; the tokens under test hold it as a KeyObject, as the module does. */
  const jwt = new JwtService({ secret: SECRET });
  const tokens = new JwtAccessTokens(new JwtService(signingKeyOptions(SECRET)), config);
  const nowInSeconds = () => Math.floor(Date.now() / 1000);

  /** Signs with the right key, claims and header unless told otherwise. */
  function forge(
    overrides: { header?: Record<string, unknown>; payload?: Record<string, unknown>; secret?: string; algorithm?: 'HS256' | 'HS512' } = {},
  ): string {
    const claims = {
      sub: SUBJECT.userId,
      jti: 'jti-1',
      sid: SUBJECT.sessionId,
      sep: 0,
      iss: config.JWT_ISSUER,
      aud: config.JWT_AUDIENCE,
      exp: nowInSeconds() + 600,
      ...overrides.payload,
    };
    const payload = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined)); // undefined = left out
    const algorithm = overrides.algorithm ?? 'HS256';
    return jwt.sign(payload, {
      secret: overrides.secret ?? SECRET,
      algorithm,
      header: { alg: algorithm, typ: ACCESS_TOKEN_TYPE, ...overrides.header },
    });
  }

  it('issues a token that verifies back to its subject, session, epoch and id', async () => {
    const { token, expiresIn } = await tokens.issue(SUBJECT);

    const claims = await tokens.verify(token);

    expect(expiresIn).toBe(config.ACCESS_TOKEN_TTL_SECONDS);
    expect(claims).toEqual({
      sub: SUBJECT.userId,
      sid: SUBJECT.sessionId,
      sep: 3,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      exp: expect.any(Number),
    });
    expect(claims.exp).toBeGreaterThanOrEqual(nowInSeconds() + expiresIn - 1);
    expect(claims.exp).toBeLessThanOrEqual(nowInSeconds() + expiresIn);
  });

  it('marks the token as an access token (typ at+jwt, HS256) with our issuer and audience', async () => {
    const { header, payload } = partsOf((await tokens.issue(SUBJECT)).token);
    expect(header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(payload).toMatchObject({ iss: config.JWT_ISSUER, aud: config.JWT_AUDIENCE, sub: SUBJECT.userId });
    expect((payload.exp as number) - (payload.iat as number)).toBe(config.ACCESS_TOKEN_TTL_SECONDS);
  });

  it('gives each token its own id', async () => {
    const [first, second] = await Promise.all([tokens.issue(SUBJECT), tokens.issue(SUBJECT)]);
    expect((await tokens.verify(first.token)).jti).not.toBe((await tokens.verify(second.token)).jti);
  });

  it('accepts a well-formed token signed with the key (the forging helper is sound)', async () => {
    await expect(tokens.verify(forge())).resolves.toMatchObject({ jti: 'jti-1' });
  });

  it.each<[string, () => string]>([
    ['of another type (a plain JWT)', () => forge({ header: { typ: 'JWT' } })],
    ['with no type', () => forge({ header: { typ: undefined } })],
    ['for another audience', () => forge({ payload: { aud: 'another-api' } })],
    ['from another issuer', () => forge({ payload: { iss: 'someone-else' } })],
    ['signed with another key', () => forge({ secret: 'another-secret-of-at-least-32-characters' })],
    ['signed with an algorithm outside the allowlist', () => forge({ algorithm: 'HS512' })],
    ['that has expired', () => forge({ payload: { exp: nowInSeconds() - 1 } })],
    ['without a session id', () => forge({ payload: { sid: undefined } })],
    ['without an epoch', () => forge({ payload: { sep: undefined } })],
    ['without an expiry (it could never be logged out)', () => forge({ payload: { exp: undefined } })],
    ['that is not a JWT at all', () => 'not-a-token'],
  ])('refuses a token %s', async (_case, token) => {
    await expect(tokens.verify(token())).rejects.toThrow();
  });

  it('refuses an unsigned token (alg none)', async () => {
    const { payload } = partsOf(forge());
    const unsigned = `${base64url({ alg: 'none', typ: ACCESS_TOKEN_TYPE })}.${base64url(payload)}.`;
    await expect(tokens.verify(unsigned)).rejects.toThrow();
  });

  it('refuses a token re-signed by someone who changed its subject', async () => {
    const [header, , signature] = forge().split('.');
    const { payload } = partsOf(forge());
    const tampered = `${header}.${base64url({ ...payload, sub: '0190a5b0-7c4e-7d2a-9b3c-00000000beef' })}.${signature}`;
    await expect(tokens.verify(tampered)).rejects.toThrow();
  });
});
