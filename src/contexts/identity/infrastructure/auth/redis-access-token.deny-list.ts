import Redis from 'ioredis';
import { AccessTokenDenyList } from '../../application/auth/access-token-deny-list';

/**
 * Shared by every instance; each key expires with its token, so the list never outgrows the live tokens.
 * Keys live under the deployment's prefix (EVENT_QUEUE_PREFIX), like its queues.
 */
export class RedisAccessTokenDenyList implements AccessTokenDenyList {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async deny(tokenId: string, until: Date): Promise<void> {
    if (until.getTime() <= Date.now()) return;
    await this.redis.set(this.key(tokenId), '1', 'PXAT', until.getTime());
  }

  async isDenied(tokenId: string): Promise<boolean> {
    return (await this.redis.exists(this.key(tokenId))) === 1;
  }

  key(tokenId: string): string {
    return `${this.prefix}:denied-access-token:${tokenId}`;
  }
}
