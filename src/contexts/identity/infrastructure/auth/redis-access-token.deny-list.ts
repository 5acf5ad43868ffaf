import { RedisConnection } from '@promenade/platform';
import { AccessTokenDenyList } from '../../application/auth/access-token-deny-list';
import { MemoryAccessTokenDenyList } from './memory-access-token.deny-list';

/**
 * Shared by every instance; each key expires with its token, so the list never outgrows the live tokens.
 * Keys live under the deployment's prefix (EVENT_QUEUE_PREFIX), like its queues.
 *
 * While Redis is unavailable (the shared connection's circuit is open, so nothing is sent) the service
 * keeps serving, as it keeps taking orders, their events waiting in the outbox: this instance's own
 * logouts are still refused from a local copy, and a token logged out on another instance during the
 * outage is still refused through its revoked session, which every request checks in the database.
 */
export class RedisAccessTokenDenyList implements AccessTokenDenyList {
  private readonly local = new MemoryAccessTokenDenyList();

  constructor(
    private readonly redis: RedisConnection,
    private readonly prefix: string,
  ) {}

  async deny(tokenId: string, until: Date): Promise<void> {
    await this.local.deny(tokenId, until);
    if (until.getTime() <= Date.now()) return;
    await this.redis.commandOr(
      (client) => client.set(this.key(tokenId), '1', 'PXAT', until.getTime()),
      () => undefined,
    );
  }

  async isDenied(tokenId: string): Promise<boolean> {
    if (await this.local.isDenied(tokenId)) return true;
    return (
      (await this.redis.commandOr(
        (client) => client.exists(this.key(tokenId)),
        () => 0,
      )) === 1
    );
  }

  key(tokenId: string): string {
    return `${this.prefix}:denied-access-token:${tokenId}`;
  }
}
