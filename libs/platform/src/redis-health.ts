import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { HealthChecks, timed } from './health-checks';
import { RedisConnection } from './redis-connection';

/**
 * With REDIS_URL set, the shared state there (the deny-list, rate limits, the reference cache) is part of serving: readiness
 * includes it, whatever the event transport, and the details show its latency. Without REDIS_URL there is nothing to check.
 */
@Injectable()
export class RedisHealth implements OnModuleInit {
  constructor(
    private readonly redis: RedisConnection,
    private readonly health: HealthIndicatorService,
    private readonly checks: HealthChecks,
  ) {}

  onModuleInit(): void {
    if (!this.redis.client) return;
    this.checks.add('ready', () => this.check());
    this.checks.describe('redis', async () => {
      const { result, latencyMs } = await timed(() => this.ping());
      return { status: result ? 'up' : 'down', latencyMs, ...(result ? {} : { error: 'Redis is unavailable' }) };
    });
  }

  async check(key = 'redis'): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    return (await this.ping()) ? indicator.up() : indicator.down({ message: 'Redis is unavailable' });
  }

  /** True when Redis answers; false at once while the connection's circuit is open (nothing is sent then). */
  private ping(): Promise<boolean> {
    return this.redis.commandOr(
      async (client) => (await client.ping()) === 'PONG',
      () => false,
    );
  }
}
