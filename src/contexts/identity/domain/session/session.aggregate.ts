import { AggregateRoot, newId } from '@promenade/ddd';
import { SessionRevoked, SessionRevokedPayload } from '../events/session-revoked.event';
import { SessionStarted } from '../events/session-started.event';

/** Spent refresh-token hashes kept per session to recognise reuse; an older one is merely unknown (still refused). */
export const SPENT_TOKENS_KEPT = 50;

export interface SessionState {
  id: string;
  version: number;
  createdAt: Date;
  userId: string;
  /** The user's session epoch at login: when the user's epoch moves on, the session is over. */
  epoch: number;
  tokenHash: string;
  tokenExpiresAt: Date;
  spentTokenHashes: string[];
  revokedAt?: Date;
}

export interface TokenLifetime {
  /** How long each refresh token lives. */
  ttlSeconds: number;
  /** How long the whole session may last from login (ASVS: an absolute limit); none when absent. */
  maxAgeSeconds?: number;
}

export type RotationOutcome = 'rotated' | 'reused' | 'expired' | 'revoked';

/**
 * What one login started: a family of refresh tokens, each used once. Rotation hands out the next
 * token; presenting a spent one means two parties hold the family, so the whole session is revoked.
 */
export class Session extends AggregateRoot<SessionState> {
  private constructor(state: SessionState) {
    super(state);
  }

  static start(input: { userId: string; epoch: number; tokenHash: string } & TokenLifetime, now = new Date()): Session {
    const session = new Session({
      id: newId(),
      version: 0,
      createdAt: now,
      userId: input.userId,
      epoch: input.epoch,
      tokenHash: input.tokenHash,
      tokenExpiresAt: now,
      spentTokenHashes: [],
    });
    session.state.tokenExpiresAt = session.nextTokenExpiry(input, now);
    session.apply(new SessionStarted({ sessionId: session.id, userId: input.userId, startedAt: now.toISOString() }));
    return session;
  }

  /** Rebuilds a stored session; no rule is re-run and no event raised. */
  static restore(state: SessionState): Session {
    return new Session(state);
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }
  get userId(): string {
    return this.state.userId;
  }
  get epoch(): number {
    return this.state.epoch;
  }
  get tokenHash(): string {
    return this.state.tokenHash;
  }
  get tokenExpiresAt(): Date {
    return this.state.tokenExpiresAt;
  }
  get spentTokenHashes(): readonly string[] {
    return this.state.spentTokenHashes;
  }
  get revokedAt(): Date | undefined {
    return this.state.revokedAt;
  }
  get isRevoked(): boolean {
    return this.state.revokedAt !== undefined;
  }

  /** Exchanges the presented refresh token for the next one, or says why not (reuse revokes the family). */
  rotate(presentedHash: string, next: { tokenHash: string } & TokenLifetime, now = new Date()): RotationOutcome {
    if (this.isRevoked) return 'revoked';
    if (presentedHash !== this.state.tokenHash) {
      this.revoke('refresh-token-reuse', now);
      return 'reused';
    }
    if (this.state.tokenExpiresAt <= now) return 'expired';
    this.state.spentTokenHashes = [this.state.tokenHash, ...this.state.spentTokenHashes].slice(0, SPENT_TOKENS_KEPT);
    this.state.tokenHash = next.tokenHash;
    this.state.tokenExpiresAt = this.nextTokenExpiry(next, now);
    return 'rotated';
  }

  /** A token lives `ttlSeconds`, but never past the session's absolute end, however often it is rotated. */
  private nextTokenExpiry({ ttlSeconds, maxAgeSeconds }: TokenLifetime, now: Date): Date {
    const sessionEnd = this.state.createdAt.getTime() + (maxAgeSeconds ?? Infinity) * 1000;
    return new Date(Math.min(now.getTime() + ttlSeconds * 1000, sessionEnd));
  }

  /** Ends the session; ending an ended one changes nothing. */
  revoke(reason: SessionRevokedPayload['reason'], now = new Date()): void {
    if (this.isRevoked) return;
    this.state.revokedAt = now;
    this.apply(new SessionRevoked({ sessionId: this.id, userId: this.state.userId, reason, revokedAt: now.toISOString() }));
  }
}
