import { Principal } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { PrincipalCache } from './principal-cache';

const cacheFor = (ttlMs: number) => new PrincipalCache(Object.assign(new AppConfig(), { PRINCIPAL_CACHE_TTL_MS: ttlMs }));
const principal = (userId: string, tokenId: string, expiresInMs = 60_000) =>
  new Principal(userId, ['orders:read'], {
    id: tokenId,
    sessionId: `session-of-${tokenId}`,
    expiresAt: new Date(Date.now() + expiresInMs),
  });
/** Remembers the principal under a token named after its id. */
const rememberIn = (cache: PrincipalCache, remembered: Principal) =>
  cache.remember(`token-${remembered.token.id}`, remembered, cache.begin());

describe('PrincipalCache', () => {
  it('finds a remembered principal by its exact token', () => {
    const cache = cacheFor(1_000);
    const alice = principal('alice', 't1');
    rememberIn(cache, alice);
    expect(cache.find('token-t1')).toBe(alice);
    expect(cache.find('token-t2')).toBeUndefined();
  });

  it('forgets every token of one user, and only theirs', () => {
    const cache = cacheFor(1_000);
    rememberIn(cache, principal('alice', 't1'));
    rememberIn(cache, principal('alice', 't2'));
    rememberIn(cache, principal('bob', 't3'));
    cache.forgetUser('alice');
    expect([cache.find('token-t1'), cache.find('token-t2')]).toEqual([undefined, undefined]);
    expect(cache.find('token-t3')?.userId).toBe('bob');
  });

  it('forgets everyone when a role changes', () => {
    const cache = cacheFor(1_000);
    rememberIn(cache, principal('alice', 't1'));
    rememberIn(cache, principal('bob', 't2'));
    cache.forgetAll();
    expect([cache.find('token-t1'), cache.find('token-t2')]).toEqual([undefined, undefined]);
  });

  it('does not keep what a check read before a change to its user committed, nor affect other users’ checks', () => {
    const cache = cacheFor(1_000);
    const aliceCheck = cache.begin();
    const bobCheck = cache.begin();
    cache.forgetUser('alice');
    cache.remember('token-t1', principal('alice', 't1'), aliceCheck);
    cache.remember('token-t2', principal('bob', 't2'), bobCheck);
    expect(cache.find('token-t1')).toBeUndefined();
    expect(cache.find('token-t2')?.userId).toBe('bob');

    rememberIn(cache, principal('alice', 't1'));
    expect(cache.find('token-t1')?.userId).toBe('alice');
  });

  it('does not keep what any check read before a role change', () => {
    const cache = cacheFor(1_000);
    const check = cache.begin();
    cache.forgetAll();
    cache.remember('token-t1', principal('alice', 't1'), check);
    expect(cache.find('token-t1')).toBeUndefined();
  });

  it('does not keep a check that began longer than its time to live ago', async () => {
    const cache = cacheFor(20);
    const check = cache.begin();
    await new Promise((resolve) => setTimeout(resolve, 40));
    cache.remember('token-t1', principal('alice', 't1'), check);
    expect(cache.find('token-t1')).toBeUndefined();
  });

  it('keeps nothing past its time to live', async () => {
    const cache = cacheFor(20);
    rememberIn(cache, principal('alice', 't1'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cache.find('token-t1')).toBeUndefined();
  });

  it('keeps nothing past the token’s own expiry, nor an expired token', async () => {
    const cache = cacheFor(60_000);
    rememberIn(cache, principal('alice', 'soon', 20));
    rememberIn(cache, principal('bob', 'expired', -1));
    expect(cache.find('token-expired')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cache.find('token-soon')).toBeUndefined();
  });

  it('keeps nothing with a time to live of 0', () => {
    const cache = cacheFor(0);
    rememberIn(cache, principal('alice', 't1'));
    expect(cache.find('token-t1')).toBeUndefined();
  });
});
