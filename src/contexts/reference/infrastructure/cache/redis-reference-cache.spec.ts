import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import { RedisConnection } from '@promenade/platform';
import Redis from 'ioredis';
import { RedisReferenceCache } from './redis-reference-cache';

/**
 * The round trip to a real Redis (keys, TTL, the scripts, sharing between instances, a forget racing a
 * load) is proven in test/integration/reference-data.
 */
describe('RedisReferenceCache', () => {
  const TTL = { countries: 60, currencies: 60, languages: 60, timezones: 60, dataset: 60 };

  function fakeRedis(stored: Record<string, string> = {}, generation: string | null = null, status = 'ready') {
    return Object.assign(new EventEmitter(), {
      status,
      hget: jest.fn(async (_key: string, field: string) => stored[field] ?? null),
      get: jest.fn(async () => generation),
      defineCommand: jest.fn(),
      referenceStoreField: jest.fn(async () => 1),
      referenceForget: jest.fn(async () => 1),
    });
  }
  const cacheOn = (redis: ReturnType<typeof fakeRedis>) =>
    new RedisReferenceCache(new RedisConnection(redis as unknown as Redis), 'acme', TTL);

  it('registers its scripts as commands, so that they run by EVALSHA', () => {
    const redis = fakeRedis();
    cacheOn(redis);
    expect(redis.defineCommand).toHaveBeenCalledWith(
      'referenceStoreField',
      expect.objectContaining({ numberOfKeys: 2, lua: expect.stringContaining('HSET') }),
    );
    expect(redis.defineCommand).toHaveBeenCalledWith(
      'referenceForget',
      expect.objectContaining({ numberOfKeys: 2, lua: expect.stringContaining('INCR') }),
    );
  });

  it('answers a cached field as JSON without loading, from the hash under the deployment prefix and the format version', async () => {
    const redis = fakeRedis({ 'code:DE': JSON.stringify({ alpha2: 'DE' }) });
    const load = jest.fn();
    await expect(cacheOn(redis).remember('countries', 'code:DE', load)).resolves.toEqual({ alpha2: 'DE' });
    expect(redis.hget).toHaveBeenCalledWith('acme:reference:v1:countries', 'code:DE');
    expect(load).not.toHaveBeenCalled();
  });

  it("loads a missing field and stores it as JSON with the resource's TTL, if the generation read before loading is still current", async () => {
    const redis = fakeRedis({}, '7');
    const load = jest.fn(async () => {
      expect(redis.get).toHaveBeenCalledWith('acme:reference:countries:generation'); // read before the load starts
      return [{ alpha2: 'DE' }];
    });
    await expect(cacheOn(redis).remember('countries', 'all', load)).resolves.toEqual([{ alpha2: 'DE' }]);
    expect(redis.referenceStoreField).toHaveBeenCalledWith(
      'acme:reference:v1:countries',
      'acme:reference:countries:generation',
      'all',
      '[{"alpha2":"DE"}]',
      60_000,
      '7',
    );
  });

  it('stores against generation 0 while the resource was never forgotten', async () => {
    const redis = fakeRedis();
    await cacheOn(redis).remember('countries', 'all', async () => ['DE']);
    expect(redis.referenceStoreField).toHaveBeenCalledWith(expect.any(String), expect.any(String), 'all', '["DE"]', 60_000, '0');
  });

  it('does not store a miss', async () => {
    const redis = fakeRedis();
    await cacheOn(redis).remember('countries', 'code:XX', async () => undefined);
    expect(redis.referenceStoreField).not.toHaveBeenCalled();
  });

  it('forgets a resource by starting a new generation and deleting its hash, in one script', async () => {
    const redis = fakeRedis();
    await cacheOn(redis).forget('currencies');
    expect(redis.referenceForget).toHaveBeenCalledWith('acme:reference:v1:currencies', 'acme:reference:currencies:generation');
  });

  it('reads from the loader while Redis is down, sending it nothing, instead of failing the request', async () => {
    const redis = fakeRedis({}, null, 'reconnecting');
    await expect(cacheOn(redis).remember('countries', 'all', async () => ['DE'])).resolves.toEqual(['DE']);
    expect(redis.hget).not.toHaveBeenCalled();
    expect(redis.get).not.toHaveBeenCalled();
    expect(redis.referenceStoreField).not.toHaveBeenCalled();
  });

  it('reads from the loader when the commands fail on a live connection (a timeout), and stores nothing', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const redis = fakeRedis();
    const timedOut = jest.fn().mockRejectedValue(new Error('Command timed out'));
    Object.assign(redis, { hget: timedOut, get: timedOut });
    await expect(cacheOn(redis).remember('countries', 'all', async () => ['DE'])).resolves.toEqual(['DE']);
    expect(redis.referenceStoreField).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('fails a forget while Redis is down or refuses it, so that the caller (an event delivery) is retried', async () => {
    await expect(cacheOn(fakeRedis({}, null, 'reconnecting')).forget('countries')).rejects.toThrow(
      'reference cache: could not forget countries (Redis is unavailable)',
    );
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const redis = fakeRedis();
    redis.referenceForget.mockRejectedValue(new Error('OOM command not allowed'));
    await expect(cacheOn(redis).forget('countries')).rejects.toThrow(
      'reference cache: could not forget countries (OOM command not allowed)',
    );
    warn.mockRestore();
  });
});
