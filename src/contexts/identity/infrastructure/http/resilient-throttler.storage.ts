import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { RedisConnection } from '@promenade/platform';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts in the shared storage (Redis, through the shared connection's circuit) and, while Redis is
 * unavailable or a count fails, in this instance's memory: the limits still hold per instance, rather
 * than the credential routes failing, waiting for Redis or going unlimited.
 */
export class ResilientThrottlerStorage implements ThrottlerStorage {
  private readonly fallback = new ThrottlerStorageService();

  constructor(
    private readonly shared: ThrottlerStorage,
    private readonly redis: RedisConnection,
  ) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    return this.redis.commandOr(
      () => this.shared.increment(key, ttl, limit, blockDuration, throttlerName),
      () => this.fallback.increment(key, ttl, limit, blockDuration, throttlerName),
    );
  }
}
