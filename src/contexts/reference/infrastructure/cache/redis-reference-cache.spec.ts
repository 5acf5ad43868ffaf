import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisReferenceCache } from './redis-reference-cache';

/** The round trip to a real Redis (keys, TTL, sharing between instances) is proven in test/integration/reference-data. */
describe('RedisReferenceCache', () => {
  function fakeRedis(stored: Record<string, string> = {}) {
    return {
      hget: jest.fn(async (_key: string, field: string) => stored[field] ?? null),
      eval: jest.fn(async () => 1),
      del: jest.fn(async () => 1),
    };
  }

  it('answers a cached field as JSON without loading, from the hash under the deployment prefix', async () => {
    const redis = fakeRedis({ 'code:DE': JSON.stringify({ alpha2: 'DE' }) });
    const load = jest.fn();
    const cache = new RedisReferenceCache(redis as unknown as Redis, 'acme');
    await expect(cache.remember('countries', 'code:DE', load)).resolves.toEqual({ alpha2: 'DE' });
    expect(redis.hget).toHaveBeenCalledWith('acme:reference:countries', 'code:DE');
    expect(load).not.toHaveBeenCalled();
  });

  it("loads a missing field and stores it as JSON with the resource's TTL", async () => {
    const redis = fakeRedis();
    const cache = new RedisReferenceCache(redis as unknown as Redis, 'acme', { countries: 60, currencies: 60, languages: 60, timezones: 60, dataset: 60 });
    await expect(cache.remember('countries', 'all', async () => [{ alpha2: 'DE' }])).resolves.toEqual([{ alpha2: 'DE' }]);
    expect(redis.eval).toHaveBeenCalledWith(expect.stringContaining('PEXPIRE'), 1, 'acme:reference:countries', 'all', '[{"alpha2":"DE"}]', 60_000);
  });

  it('does not store a miss', async () => {
    const redis = fakeRedis();
    await new RedisReferenceCache(redis as unknown as Redis, 'acme').remember('countries', 'code:XX', async () => undefined);
    expect(redis.eval).not.toHaveBeenCalled();
  });

  it('forgets a resource by deleting its hash', async () => {
    const redis = fakeRedis();
    await new RedisReferenceCache(redis as unknown as Redis, 'acme').forget('currencies');
    expect(redis.del).toHaveBeenCalledWith('acme:reference:currencies');
  });

  it('reads from the loader while Redis is unreachable, instead of failing the request, and says a forget failed', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const refused = () => jest.fn().mockRejectedValue(new Error('ECONNREFUSED'));
    const cache = new RedisReferenceCache({ hget: refused(), eval: refused(), del: refused() } as unknown as Redis, 'acme');
    await expect(cache.remember('countries', 'all', async () => ['DE'])).resolves.toEqual(['DE']);
    await expect(cache.forget('countries')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not forget countries'));
    warn.mockRestore();
  });
});
