import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { ReferenceResource } from '../../application/reference-catalog';
import { ReferenceCache } from './reference-cache';
import { REFERENCE_TTL_SECONDS } from './reference-ttl';

/** Sets one field of the resource's hash, and starts the resource's TTL if it has none yet (a new hash). */
const STORE_FIELD = `
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1`;

/**
 * Shared by every instance: one hash per resource under the deployment's prefix
 * (`<EVENT_QUEUE_PREFIX>:reference:<resource>`), its fields the cached values as JSON. Forgetting a
 * resource deletes its hash, for every instance at once.
 *
 * While Redis is unreachable reads go to the database instead (slower, still right), and a forget that
 * fails is logged: the resource then expires with its TTL.
 */
export class RedisReferenceCache implements ReferenceCache {
  private readonly logger = new Logger('Reference');
  private reachable = true;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: Readonly<Record<ReferenceResource, number>> = REFERENCE_TTL_SECONDS,
  ) {}

  key(resource: ReferenceResource): string {
    return `${this.prefix}:reference:${resource}`;
  }

  async remember<T>(resource: ReferenceResource, key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const cached = await this.shared(() => this.redis.hget(this.key(resource), key));
    if (typeof cached === 'string') return JSON.parse(cached) as T;
    const value = await load();
    if (value !== undefined) {
      const ttlMs = this.ttlSeconds[resource] * 1000;
      await this.shared(() => this.redis.eval(STORE_FIELD, 1, this.key(resource), key, JSON.stringify(value), ttlMs));
    }
    return value;
  }

  async forget(resource: ReferenceResource): Promise<void> {
    const deleted = await this.shared(() => this.redis.del(this.key(resource)));
    if (deleted === undefined) this.logger.warn(`reference cache: could not forget ${resource}; it is served as cached for at most ${this.ttlSeconds[resource]} s more`);
  }

  private async shared<T>(command: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await command();
      if (!this.reachable) this.logger.log('reference cache: Redis reachable again');
      this.reachable = true;
      return result;
    } catch (error) {
      if (this.reachable) this.logger.warn(`reference cache: Redis unreachable (${(error as Error).message}); reading from the database until it is back`);
      this.reachable = false;
      return undefined;
    }
  }
}
