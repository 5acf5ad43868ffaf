import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sign } from 'jsonwebtoken';
import { logIn, signUp, TEST_PASSWORD } from '../support/auth';
import { startTestApp, TestApp } from '../support/test-app';

const SECRET = 'e2e-signing-key-0123456789abcdef-0123456789abcdef';

describe('Identity: registration, login, rotation, revocation (embedded default)', () => {
  let t: TestApp;
  const api = (path: string, init: RequestInit & { json?: unknown } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      ...init,
      headers: { ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string>) },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
  const post = (path: string, json: unknown, headers: Record<string, string> = {}) => api(path, { method: 'POST', json, headers });

  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: SECRET, LOGIN_MAX_FAILURES: '5' });
  });
  afterAll(() => t.close());

  it('registers, logs in, reads /users/me, rotates the refresh token, and a reused one ends the whole session', async () => {
    const email = `Ada.${Date.now()}@Example.com`;
    const registered = await post('/identity/auth/register', { email, password: TEST_PASSWORD, displayName: 'Ada' });
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Case-insensitive: the same address in another case logs in.
    const login = await post('/identity/auth/login', { email: email.toLowerCase(), password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const first = (await login.json()) as { accessToken: string; refreshToken: string; tokenType: string; expiresIn: number };
    expect(first).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
    const header = JSON.parse(Buffer.from(first.accessToken.split('.')[0], 'base64url').toString()) as Record<string, string>;
    const claims = JSON.parse(Buffer.from(first.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(header).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(claims).toMatchObject({ sub: id, iss: 'promenade', aud: 'promenade-api' });
    expect(claims.jti).toEqual(expect.any(String));
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);

    const me = await api('/identity/users/me', { headers: { authorization: `Bearer ${first.accessToken}` } });
    expect(me.status).toBe(200);
    // Stored in its normal form (NFC, lower case): the form it is found by.
    expect(await me.json()).toMatchObject({ id, email: email.toLowerCase(), status: 'active', roles: ['user'] });

    const rotated = await post('/identity/auth/refresh', { refreshToken: first.refreshToken });
    expect(rotated.status).toBe(200);
    const second = (await rotated.json()) as { accessToken: string; refreshToken: string };
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await api('/identity/users/me', { headers: { authorization: `Bearer ${second.accessToken}` } })).status).toBe(200);

    // The first refresh token again: someone else holds the family, so all of it dies.
    const reused = await post('/identity/auth/refresh', { refreshToken: first.refreshToken });
    expect(reused.status).toBe(401);
    expect(await reused.json()).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect((await post('/identity/auth/refresh', { refreshToken: second.refreshToken })).status).toBe(401);
    // Every access token of the family dies with it: the one from the login and the one from the refresh.
    for (const token of [first.accessToken, second.accessToken]) {
      expect((await api('/identity/users/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    }
  });

  it('registers an address with a dotted capital İ, or typed decomposed, and logs in with the very same string', async () => {
    const suffix = Date.now();
    for (const email of [`İvan.${suffix}@example.com`, `Jose\u0301.${suffix}@example.com`]) {
      expect((await post('/identity/auth/register', { email, password: TEST_PASSWORD, displayName: 'Ivan' })).status).toBe(201);
      expect((await post('/identity/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
    }
    // The composed é and capitals find the decomposed registration; a plain i is another address than İ.
    expect((await post('/identity/auth/login', { email: `JOS\u00c9.${suffix}@example.com`, password: TEST_PASSWORD })).status).toBe(200);
    expect((await post('/identity/auth/login', { email: `ivan.${suffix}@example.com`, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('answers tokens (login, refresh) with Cache-Control: no-store and no ETag', async () => {
    const user = await signUp(t);
    const login = await post('/identity/auth/login', { email: user.email, password: TEST_PASSWORD });
    const { refreshToken } = (await login.json()) as { refreshToken: string };
    const refreshed = await post('/identity/auth/refresh', { refreshToken });
    for (const response of [login, refreshed]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('pragma')).toBe('no-cache');
      expect(response.headers.get('etag')).toBeNull();
    }
  });

  it.each(['bearer', 'BEARER', 'bEaReR'])('reads the Authorization scheme whatever its case (%s)', async (scheme) => {
    const user = await signUp(t);
    const me = await api('/identity/users/me', { headers: { authorization: `${scheme} ${user.accessToken}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: user.userId });
  });

  it('logs out: the access token, every earlier one of its session and its refresh token stop working; another session goes on', async () => {
    const user = await signUp(t);
    const other = await logIn(t, user.email, TEST_PASSWORD);
    const refreshed = (await (await post('/identity/auth/refresh', { refreshToken: user.refreshToken })).json()) as { accessToken: string };
    const logout = await post('/identity/auth/logout', {}, { authorization: `Bearer ${refreshed.accessToken}` });
    expect(logout.status).toBe(204);
    expect((await api('/identity/users/me', { headers: { authorization: `Bearer ${refreshed.accessToken}` } })).status).toBe(401);
    const refused = await api('/identity/users/me', { headers: user.headers });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await post('/identity/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    expect((await api('/identity/users/me', { headers: other.headers })).status).toBe(200);
  });

  it('locks an account after five wrong passwords in a row; locked, unknown and wrong all answer the same 401', async () => {
    const user = await signUp(t);
    const bodies: unknown[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await post('/identity/auth/login', { email: user.email, password: 'not the password at all' });
      expect(wrong.status).toBe(401);
      bodies.push(await wrong.json());
    }
    const locked = await post('/identity/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(401);
    const unknown = await post('/identity/auth/login', { email: `nobody-${Date.now()}@example.com`, password: TEST_PASSWORD });
    expect(unknown.status).toBe(401);
    const strip = (body: unknown) => ({ ...(body as object), instance: undefined });
    expect(new Set([...bodies, await locked.json(), await unknown.json()].map((body) => JSON.stringify(strip(body)))).size).toBe(1);
    // The live session is not the lock's business: it goes on.
    expect((await api('/identity/users/me', { headers: user.headers })).status).toBe(200);
  });

  it('changing the password ends every session, and the new password logs in', async () => {
    const user = await signUp(t);
    const wrong = await api('/identity/users/me/password', {
      method: 'PATCH',
      json: { currentPassword: 'wrong password here', newPassword: 'a brand new passphrase' },
      headers: user.headers,
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ code: 'CURRENT_PASSWORD_INCORRECT' });
    const changed = await api('/identity/users/me/password', {
      method: 'PATCH',
      json: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' },
      headers: user.headers,
    });
    expect(changed.status).toBe(204);
    expect((await api('/identity/users/me', { headers: user.headers })).status).toBe(401);
    expect((await post('/identity/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    expect((await post('/identity/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await post('/identity/auth/login', { email: user.email, password: 'a brand new passphrase' })).status).toBe(200);
  });

  it('refuses weak passwords and a second registration of an address (any case) with coded problems, creating nothing', async () => {
    const cases: Array<[string, string]> = [
      ['short', 'PASSWORD_TOO_SHORT'],
      ['x'.repeat(129), 'PASSWORD_TOO_LONG'],
      ['password123', 'PASSWORD_TOO_COMMON'],
      ['Qwertyuiop', 'PASSWORD_TOO_COMMON'],
    ];
    for (const [password, code] of cases) {
      const email = `weak-${code}-${password.length}@example.com`;
      const refused = await post('/identity/auth/register', { email, password, displayName: 'Weak' });
      expect({ status: refused.status, code: ((await refused.json()) as { code: string }).code }).toEqual({ status: 422, code });
      expect((await post('/identity/auth/login', { email, password })).status).toBe(401);
    }
    const user = await signUp(t);
    const again = await post('/identity/auth/register', {
      email: user.email.toUpperCase(),
      password: 'another fine passphrase',
      displayName: 'Twin',
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'EMAIL_ALREADY_REGISTERED' });
    expect(
      (await post('/identity/auth/register', { email: 'x@example.com', password: TEST_PASSWORD, displayName: 'X', admin: true })).status,
    ).toBe(400);
  });

  describe('refuses any token that is not a genuine, current access token of ours', () => {
    let user: Awaited<ReturnType<typeof signUp>>;
    let claims: Record<string, unknown>;
    const me = (token: string) => api('/identity/users/me', { headers: { authorization: `Bearer ${token}` } });

    beforeAll(async () => {
      user = await signUp(t);
      claims = JSON.parse(Buffer.from(user.accessToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    });
    const forge = (overrides: Record<string, unknown> = {}, key = SECRET, header: Record<string, unknown> = { typ: 'at+jwt' }) =>
      sign({ ...claims, ...overrides }, key, { algorithm: 'HS256', header: { alg: 'HS256', ...header } });

    it('accepts a token signed the way ours are (so the refusals below are about what each one changes)', async () => {
      expect((await me(forge({ jti: 'forged-but-genuine' }))).status).toBe(200);
    });

    it.each([
      ['signed with another key', () => forge({}, 'some-other-key-0123456789abcdef-0123456789abcdef')],
      [
        'with alg none',
        () =>
          `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
      ],
      ['expired', () => forge({ iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 })],
      ['for another audience', () => forge({ aud: 'another-api' })],
      ['from another issuer', () => forge({ iss: 'someone-else' })],
      ['of another type (not at+jwt)', () => forge({}, SECRET, { typ: 'JWT' })],
      ['of an earlier session epoch', () => forge({ sep: -1 })],
      ['for a user who does not exist', () => forge({ sub: '0190a5b0-7c4e-7d2a-9b3c-000000000000' })],
      ['that is not a JWT at all', () => 'not-a-token'],
    ])('a token %s', async (_, token) => {
      const response = await me(token());
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('answers 401 without a token and with a malformed Authorization header', async () => {
      expect((await api('/identity/users/me')).status).toBe(401);
      expect((await api('/identity/users/me', { headers: { authorization: `Basic ${user.accessToken}` } })).status).toBe(401);
    });
  });
});

describe('Identity on the embedded default without JWT_SECRET', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JWT_SECRET: '' });
  });
  afterAll(() => t.close());

  it('generates a signing key under DATA_DIR, readable by its owner only, and signs with it', async () => {
    const key = join(t.dataDir, 'secrets', 'jwt-signing-key');
    expect(existsSync(key)).toBe(true);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const user = await signUp(t);
    expect((await fetch(`${t.url}/api/v1/identity/users/me`, { headers: user.headers })).status).toBe(200);
  });
});

describe('Identity rate limits (the defaults: login 5/min, register 3/min)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '5', RATE_LIMIT_REGISTER_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers the 6th login within a minute with 429 problem+json and Retry-After', async () => {
    const attempt = () =>
      fetch(`${t.url}/api/v1/identity/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'who@example.com', password: 'whatever it is' }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await limited.json()).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
  });

  it('answers the 4th registration within a minute with 429, and other routes are not limited', async () => {
    const register = (n: number) =>
      fetch(`${t.url}/api/v1/identity/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `rate-${n}-${Date.now()}@example.com`, password: 'correct horse battery staple', displayName: 'R' }),
      });
    for (let i = 0; i < 3; i++) expect((await register(i)).status).toBe(201);
    expect((await register(3)).status).toBe(429);
    for (let i = 0; i < 10; i++) expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
  });
});

describe('Identity rate limits behind a proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_LOGIN_PER_MINUTE: '2', TRUST_PROXY: '1' });
  });
  afterAll(() => t.close());

  const loginFrom = (client: string) =>
    fetch(`${t.url}/api/v1/identity/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ email: 'who@example.com', password: 'whatever it is' }),
    });

  it('counts each client address the proxy reports, not the proxy’s own', async () => {
    expect((await loginFrom('203.0.113.7')).status).toBe(401);
    expect((await loginFrom('203.0.113.7')).status).toBe(401);
    expect((await loginFrom('203.0.113.7')).status).toBe(429);
    expect((await loginFrom('198.51.100.9')).status).toBe(401);
  });
});
