import { Injectable } from '@nestjs/common';
import { Principal } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { LRUCache } from 'lru-cache';

/** Enough for every token in use on a busy instance; the least recently used go first beyond it. */
const MAX_ENTRIES = 50_000;

/**
 * What checking an access token established (its signature and claims valid, the user active in the same session epoch,
 * the session live, the token not denied, the permissions of the user's roles), kept under the exact token for
 * PRINCIPAL_CACHE_TTL_MS so that a burst of requests verifies it and reads the user, session and roles once. A token
 * differing in any byte (a forged signature, other claims) is another key, checked in full; an entry never outlives the
 * token's expiry. Identity's repositories forget a user's entries once a change to
 * the user or their sessions commits, and every entry when a role changes; another instance notices within the TTL.
 */
@Injectable()
export class PrincipalCache {
  private readonly principals: LRUCache<string, Principal> | undefined;

  constructor(config: AppConfig) {
    const ttl = config.PRINCIPAL_CACHE_TTL_MS;
    this.principals = ttl > 0 ? new LRUCache({ max: MAX_ENTRIES, ttl, ttlAutopurge: false }) : undefined;
  }

  /** The principal established for this exact access token within the TTL, if any. */
  find(accessToken: string): Principal | undefined {
    return this.principals?.get(accessToken);
  }

  /** Keeps it for the TTL, and never past the token's own expiry. */
  remember(accessToken: string, principal: Principal): void {
    const untilExpiry = principal.token.expiresAt.getTime() - Date.now();
    if (untilExpiry > 0) this.principals?.set(accessToken, principal, { ttl: Math.min(untilExpiry, this.principals.ttl) });
  }

  /** A change to the user or to one of their sessions: their tokens are checked again on their next request. */
  forgetUser(userId: string): void {
    if (!this.principals) return;
    for (const [token, principal] of this.principals.entries()) if (principal.userId === userId) this.principals.delete(token);
  }

  /** A change to a role, which any user may hold. */
  forgetAll(): void {
    this.principals?.clear();
  }
}
