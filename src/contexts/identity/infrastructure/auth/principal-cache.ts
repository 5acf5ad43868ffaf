import { Injectable } from '@nestjs/common';
import { Principal } from '@promenade/auth';
import { AppConfig } from '@promenade/config';
import { LRUCache } from 'lru-cache';

/** Enough for every token in use on a busy instance; the least recently used go first beyond it. */
const MAX_ENTRIES = 50_000;
/** Users changed within one time to live whose change this instance remembers; beyond it, every check counts as stale. */
const MAX_CHANGED_USERS = 100_000;

/** When a token's check began: the cache's change counter then, and the time. */
export interface CheckStart {
  readonly changes: number;
  readonly at: number;
}

interface Entry {
  principal: Principal;
  checkedAt: number;
}

/**
 * What checking an access token established (its signature and claims valid, the user active in the same session epoch,
 * the session live, the token not denied, the permissions of the user's roles), kept under the exact token for
 * PRINCIPAL_CACHE_TTL_MS so that a burst of requests verifies it and reads the user, session and roles once. A token
 * differing in any byte (a forged signature, other claims) is another key, checked in full; an entry never outlives the
 * token's expiry.
 *
 * Identity's repositories report a change to a user or their sessions once it commits (forgetUser), and a change to any
 * role (forgetAll). Each change is numbered: a check that began before it is stale, whether it is cached already or still
 * reading (a request in flight during a logout must not cache what it read before the logout), so on this instance the
 * change holds from the next request; another instance notices within the TTL.
 */
@Injectable()
export class PrincipalCache {
  private readonly ttlMs: number;
  private readonly principals: LRUCache<string, Entry> | undefined;
  /** The change number of each user's latest change within the last TTL. */
  private readonly changedUsers: LRUCache<string, number> | undefined;
  private changes = 0;
  /** Checks that began before this change are stale for every user: a role changed, or a user's change was evicted. */
  private everyoneChangedAt = 0;

  constructor(config: AppConfig) {
    this.ttlMs = config.PRINCIPAL_CACHE_TTL_MS;
    if (this.ttlMs === 0) return;
    this.principals = new LRUCache({ max: MAX_ENTRIES, ttl: this.ttlMs });
    this.changedUsers = new LRUCache({
      max: MAX_CHANGED_USERS,
      ttl: this.ttlMs,
      // Forgetting a change before its time is up would make stale checks look current: count it as everyone's.
      dispose: (_change, _user, reason) => {
        if (reason === 'evict') this.everyoneChangedAt = this.changes;
      },
    });
  }

  /** The principal established for this exact access token within the TTL, and since the user's last change, if any. */
  find(accessToken: string): Principal | undefined {
    const entry = this.principals?.get(accessToken);
    if (!entry) return undefined;
    if (!this.isStale(entry.principal.userId, entry.checkedAt)) return entry.principal;
    this.principals!.delete(accessToken);
    return undefined;
  }

  /** Taken before a check reads anything, and handed back to `remember`. */
  begin(): CheckStart {
    return { changes: this.changes, at: performance.now() };
  }

  /**
   * Keeps what the check that began at `started` established, for the TTL and never past the token's expiry, unless the
   * user (or every user) changed since it began, or it began longer than the TTL ago.
   */
  remember(accessToken: string, principal: Principal, started: CheckStart): void {
    if (!this.principals || performance.now() - started.at >= this.ttlMs) return;
    if (this.isStale(principal.userId, started.changes)) return;
    const untilExpiry = principal.token.expiresAt.getTime() - Date.now();
    if (untilExpiry > 0)
      this.principals.set(accessToken, { principal, checkedAt: started.changes }, { ttl: Math.min(untilExpiry, this.ttlMs) });
  }

  /** A change to the user or to one of their sessions committed: their tokens are checked again on their next request. */
  forgetUser(userId: string): void {
    this.changedUsers?.set(userId, ++this.changes);
  }

  /** A change to a role, which any user may hold. */
  forgetAll(): void {
    if (!this.principals) return;
    this.everyoneChangedAt = ++this.changes;
    this.principals.clear();
  }

  /** Whether a change since `checkedAt` (a change number) concerns this user. */
  private isStale(userId: string, checkedAt: number): boolean {
    return checkedAt < this.everyoneChangedAt || checkedAt < (this.changedUsers!.get(userId) ?? 0);
  }
}
