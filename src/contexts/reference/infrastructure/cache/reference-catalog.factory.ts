import { AppConfig } from '@promenade/config';
import { RedisConnection } from '@promenade/platform';
import { ReferenceCatalog } from '../../application/reference-catalog';
import { CachedReferenceCatalog, ReferenceLoader } from './cached-reference-catalog';
import { MemoryReferenceCache } from './memory-reference-cache';
import { RedisReferenceCache } from './redis-reference-cache';

/** The tables behind a cache in Redis when REDIS_URL is set (shared by every instance), else in memory. */
export function createReferenceCatalog(tables: ReferenceLoader, redis: RedisConnection, config: AppConfig): ReferenceCatalog {
  const cache = redis.client ? new RedisReferenceCache(redis, config.EVENT_QUEUE_PREFIX) : new MemoryReferenceCache();
  return new CachedReferenceCatalog(tables, cache);
}
