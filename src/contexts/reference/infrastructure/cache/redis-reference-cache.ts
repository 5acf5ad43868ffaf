import { RedisConnection } from '@promenade/platform';
import Redis from 'ioredis';
import { ReferenceResource } from '../../application/reference-catalog';
import { ReferenceCache } from './reference-cache';
import { REFERENCE_TTL_SECONDS } from './reference-ttl';

/**
 * The shape of the cached JSON, part of every key: a release that changes what an entry holds bumps it,
 * and never reads the entries an older release (sharing the same Redis) wrote.
 */
export const REFERENCE_CACHE_FORMAT = 'v1';

/**
 * Sets one field of the resource's hash, and starts the resource's TTL if it has none yet (a new hash),
 * only if the resource's generation is still the one read before loading the value: a forget in between
 * means the value may predate an administrator's change, so it is dropped rather than written back.
 * KEYS: hash, generation. ARGV: field, JSON, TTL in ms, generation read before loading.
 */
const STORE_FIELD = `
if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[4] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1`;

/** Starts a new generation (so loads begun before it are not stored) and deletes the hash. KEYS: hash, generation. */
const FORGET_RESOURCE = `
redis.call('INCR', KEYS[2])
return redis.call('DEL', KEYS[1])`;

/** The scripts, registered with `defineCommand`: sent by EVALSHA, the script body only when Redis lacks it. */
interface ReferenceScripts {
  referenceStoreField(
    hash: string,
    generation: string,
    field: string,
    json: string,
    ttlMs: number,
    readGeneration: string,
  ): Promise<number>;
  referenceForget(hash: string, generation: string): Promise<number>;
}
const scripts = (client: Redis) => client as unknown as ReferenceScripts;

/**
 * Shared by every instance: one hash per resource under the deployment's prefix
 * (`<EVENT_QUEUE_PREFIX>:reference:<format>:<resource>`), its fields the cached values as JSON, and a
 * generation counter per resource (`<EVENT_QUEUE_PREFIX>:reference:<resource>:generation`). Forgetting a
 * resource deletes its hash, for every instance at once.
 *
 * While Redis is unavailable (the shared connection's circuit is open, so nothing is sent) or a command
 * fails, reads go to the database instead (slower, still right); a forget that cannot reach Redis
 * throws, so that whoever asked for it can retry (the event handler's delivery is retried).
 */
export class RedisReferenceCache implements ReferenceCache {
  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
    private readonly ttlSeconds: Readonly<Record<ReferenceResource, number>> = REFERENCE_TTL_SECONDS,
  ) {
    redis.client!.defineCommand('referenceStoreField', { numberOfKeys: 2, lua: STORE_FIELD });
    redis.client!.defineCommand('referenceForget', { numberOfKeys: 2, lua: FORGET_RESOURCE });
  }

  key(resource: ReferenceResource): string {
    return `${this.prefix}:reference:${REFERENCE_CACHE_FORMAT}:${resource}`;
  }

  generationKey(resource: ReferenceResource): string {
    return `${this.prefix}:reference:${resource}:generation`;
  }

  async remember<T>(resource: ReferenceResource, key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const cached = await this.shared((client) => client.hget(this.key(resource), key));
    if (typeof cached === 'string') return JSON.parse(cached) as T;
    // Read before loading: a forget after this point makes the store below a no-op.
    const generation = await this.shared((client) => client.get(this.generationKey(resource)));
    const value = await load();
    if (value !== undefined && generation !== undefined) {
      const ttlMs = this.ttlSeconds[resource] * 1000;
      await this.shared((client) =>
        scripts(client).referenceStoreField(
          this.key(resource),
          this.generationKey(resource),
          key,
          JSON.stringify(value),
          ttlMs,
          generation ?? '0',
        ),
      );
    }
    return value;
  }

  async forget(resource: ReferenceResource): Promise<void> {
    try {
      await this.redis.command((client) => scripts(client).referenceForget(this.key(resource), this.generationKey(resource)));
    } catch (error) {
      throw new Error(`reference cache: could not forget ${resource} (${(error as Error).message})`, { cause: error });
    }
  }

  /** The command's answer, or undefined (read: ask the database, store nothing) without Redis. */
  private shared<T>(command: (client: Redis) => Promise<T>): Promise<T | undefined> {
    return this.redis.commandOr(command, () => undefined);
  }
}
