import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { signUp } from '../support/auth';
import { createFreshDatabase, FreshDatabase } from '../support/fresh-database';
import { startTestApp, TestApp } from '../support/test-app';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** Two instances of the service on one PostgreSQL and one Redis: logout and rate limits hold across both. */
describe('Identity state in Redis (deny-list, rate limits) shared by instances', () => {
  const prefix = `it-${randomBytes(4).toString('hex')}`;
  let database: FreshDatabase;
  let redis: Redis;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping().catch((error: Error) => {
      throw new Error(`Redis is not reachable at ${REDIS_URL} (${error.message}); integration tests need it running`);
    });
    database = await createFreshDatabase();
    const env = {
      DATABASE_URL: database.url,
      MIGRATIONS_RUN: 'auto',
      REDIS_URL,
      EVENT_QUEUE_PREFIX: prefix,
      RATE_LIMIT_LOGIN_PER_MINUTE: '5',
      // Each request checks its token afresh, so the other instance's refusal is the deny-list's, at once (with the default
      // cache it comes within PRINCIPAL_CACHE_TTL_MS: the scale-out suite times that).
      PRINCIPAL_CACHE_TTL_MS: '0',
    };
    a = await startTestApp(env);
    b = await startTestApp(env);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
    const keys = await redis.keys(`*${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('a logout on one instance is honoured by the other, through a key that expires with the token', async () => {
    const user = await signUp(a);
    expect((await fetch(`${b.url}/api/v1/identity/users/me`, { headers: user.headers })).status).toBe(200);
    expect((await fetch(`${a.url}/api/v1/identity/auth/logout`, { method: 'POST', headers: user.headers })).status).toBe(204);
    const { jti, exp } = JSON.parse(Buffer.from(user.accessToken.split('.')[1], 'base64url').toString()) as { jti: string; exp: number };
    const ttl = await redis.pttl(`${prefix}:denied-access-token:${jti}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(exp * 1000 - Date.now() + 1000);
    const refused = await fetch(`${b.url}/api/v1/identity/users/me`, { headers: user.headers });
    expect(refused.status).toBe(401);
  });

  it('rotates refresh tokens on the real PostgreSQL; two racing uses of one token: one answer, then the session ends', async () => {
    const user = await signUp(a);
    const refresh = (t: TestApp, refreshToken: string) =>
      fetch(`${t.url}/api/v1/identity/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
    const first = await refresh(b, user.refreshToken);
    expect(first.status).toBe(200);
    const { refreshToken } = (await first.json()) as { refreshToken: string };
    const raced = await Promise.all([refresh(a, refreshToken), refresh(b, refreshToken)]);
    expect(raced.map((response) => response.status).sort()).toEqual([200, 401]);
    // The second use revoked the family, so even the winner's new token is dead.
    const next = (await raced.find((response) => response.status === 200)!.json()) as { refreshToken: string };
    expect((await refresh(a, next.refreshToken)).status).toBe(401);
  });

  it('counts logins from one address across both instances: the 6th within a minute is refused by either', async () => {
    const login = (t: TestApp) =>
      fetch(`${t.url}/api/v1/identity/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'not a password at all' }),
      });
    const earlier = await redis.keys(`{${prefix}:rate-limit:login:*`); // the storage wraps keys in a {hash tag} // the sign-up above logged in once
    if (earlier.length) await redis.del(...earlier);
    for (const t of [a, b, a, b, a]) expect((await login(t)).status).toBe(401);
    const limited = await login(b);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await redis.keys(`{${prefix}:rate-limit:login:*`)).not.toHaveLength(0);
  });
});
