import { MemoryReferenceCache } from './memory-reference-cache';
import { REFERENCE_TTL_SECONDS } from './reference-ttl';

describe('MemoryReferenceCache', () => {
  let now: number;
  let cache: MemoryReferenceCache;
  const load = <T>(value: T) => jest.fn(async () => value);

  beforeEach(() => {
    now = Date.parse('2026-01-01T00:00:00Z');
    cache = new MemoryReferenceCache(REFERENCE_TTL_SECONDS, () => now);
  });

  it('loads a key once and answers it from memory after that', async () => {
    const loader = load(['DE']);
    expect(await cache.remember('countries', 'all', loader)).toEqual(['DE']);
    expect(await cache.remember('countries', 'all', loader)).toEqual(['DE']);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('shares one load between concurrent first reads', async () => {
    const loader = load('Germany');
    await Promise.all([cache.remember('countries', 'code:DE', loader), cache.remember('countries', 'code:DE', loader)]);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("loads again once the resource's TTL has run out, counted from its first load", async () => {
    const loader = load(['de']);
    await cache.remember('languages', 'all', loader);
    now += REFERENCE_TTL_SECONDS.languages * 1000 - 1;
    await cache.remember('languages', 'all', loader);
    expect(loader).toHaveBeenCalledTimes(1);
    now += 1;
    await cache.remember('languages', 'all', loader);
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('forgets a resource as a whole, and only that resource', async () => {
    const countries = load(['DE']);
    const currencies = load(['EUR']);
    await cache.remember('countries', 'all', countries);
    await cache.remember('countries', 'code:DE', countries);
    await cache.remember('currencies', 'all', currencies);
    await cache.forget('countries');
    await cache.remember('countries', 'all', countries);
    await cache.remember('countries', 'code:DE', countries);
    await cache.remember('currencies', 'all', currencies);
    expect(countries).toHaveBeenCalledTimes(4);
    expect(currencies).toHaveBeenCalledTimes(1);
  });

  it('keeps neither a miss nor a failed load', async () => {
    const miss = load(undefined);
    await cache.remember('countries', 'code:XX', miss);
    await cache.remember('countries', 'code:XX', miss);
    expect(miss).toHaveBeenCalledTimes(2);

    const failing = jest.fn().mockRejectedValueOnce(new Error('database down')).mockResolvedValue(['DE']);
    await expect(cache.remember('countries', 'all', failing)).rejects.toThrow('database down');
    await expect(cache.remember('countries', 'all', failing)).resolves.toEqual(['DE']);
  });
});
