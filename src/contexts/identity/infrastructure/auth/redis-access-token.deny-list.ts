import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AccessTokenDenyList } from '../../application/auth/access-token-deny-list';
import { MemoryAccessTokenDenyList } from './memory-access-token.deny-list';

/**
 * Shared by every instance; each key expires with its token, so the list never outgrows the live tokens.
 * Keys live under the deployment's prefix (EVENT_QUEUE_PREFIX), like its queues.
 *
 * While Redis is unreachable the service keeps serving (as it keeps taking orders, their events waiting
 * in the outbox): this instance's own logouts are still refused from a local copy, and a token logged
 * out on another instance during the outage works until it expires (15 minutes at most). Password
 * changes, suspensions and bans do not depend on Redis: they end sessions through the database.
 */
export class RedisAccessTokenDenyList implements AccessTokenDenyList {
  private readonly local = new MemoryAccessTokenDenyList();
  private readonly logger = new Logger('Identity');
  private reachable = true;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async deny(tokenId: string, until: Date): Promise<void> {
    await this.local.deny(tokenId, until);
    if (until.getTime() <= Date.now()) return;
    await this.shared(() => this.redis.set(this.key(tokenId), '1', 'PXAT', until.getTime()));
  }

  async isDenied(tokenId: string): Promise<boolean> {
    if (await this.local.isDenied(tokenId)) return true;
    return (await this.shared(() => this.redis.exists(this.key(tokenId)))) === 1;
  }

  key(tokenId: string): string {
    return `${this.prefix}:denied-access-token:${tokenId}`;
  }

  private async shared<T>(command: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await command();
      if (!this.reachable) this.logger.log('access-token deny-list: Redis reachable again');
      this.reachable = true;
      return result;
    } catch (error) {
      if (this.reachable) this.logger.warn(`access-token deny-list: Redis unreachable (${(error as Error).message}); using this instance's logouts only until it is back`);
      this.reachable = false;
      return undefined;
    }
  }
}
