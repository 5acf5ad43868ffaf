import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import Redis from 'ioredis';

/**
 * The one Redis client shared by whatever keeps short-lived state there (the token deny-list, rate
 * limits) when REDIS_URL is set; undefined on the embedded default, where those stay in memory.
 * Commands fail fast while Redis is down instead of queueing without bound.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client?: Redis;
  private readonly logger = new Logger(RedisConnection.name);

  constructor(config: AppConfig) {
    if (!config.REDIS_URL) return;
    this.client = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: true, connectionName: 'promenade-state' });
    this.client.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => this.client?.disconnect());
  }
}
