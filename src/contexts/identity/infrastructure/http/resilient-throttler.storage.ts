import { Logger } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts in the shared storage (Redis) and, while it is unreachable, in this instance's memory: the
 * limits still hold per instance, rather than the credential routes failing or going unlimited.
 */
export class ResilientThrottlerStorage implements ThrottlerStorage {
  private readonly fallback = new ThrottlerStorageService();
  private readonly logger = new Logger('RateLimits');
  private reachable = true;

  constructor(private readonly shared: ThrottlerStorage) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      const record = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      if (!this.reachable) this.logger.log('rate limits: shared storage reachable again');
      this.reachable = true;
      return record;
    } catch (error) {
      if (this.reachable) this.logger.warn(`rate limits: shared storage unreachable (${(error as Error).message}); counting per instance until it is back`);
      this.reachable = false;
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
