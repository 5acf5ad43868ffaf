import { DomainError, DomainEvent } from '@promenade/ddd';
import { Session } from '../../domain/session.aggregate';
import { SessionNotFound } from '../../domain/session.errors';
import { SessionRepository } from '../../domain/session.repository';

/** A unit-test stand-in for the session store: keeps a copy of each saved session and collects the events it would publish. */
export class InMemorySessionRepository implements SessionRepository {
  readonly published: DomainEvent[] = [];
  private readonly sessions = new Map<string, Session>();

  async getById(id: string): Promise<Session> {
    const stored = this.sessions.get(id);
    if (!stored) throw new SessionNotFound(id);
    return copyOf(stored);
  }

  async find(id: string): Promise<Session | undefined> {
    const stored = this.sessions.get(id);
    return stored && copyOf(stored);
  }

  async findByTokenHash(hash: string): Promise<Session | undefined> {
    const stored = [...this.sessions.values()].find((session) => session.tokenHash === hash || session.spentTokenHashes.includes(hash));
    return stored && copyOf(stored);
  }

  /** Optimistic, like the real one: saving a session read before someone else's save is a conflict. */
  async save(session: Session): Promise<void> {
    if ((this.sessions.get(session.id)?.version ?? 0) !== session.version) throw new SessionChangedMeanwhile();
    const nextVersion = session.version + 1;
    this.published.push(...session.pullEvents());
    session.markPersisted(nextVersion);
    this.sessions.set(session.id, copyOf(session));
  }

  /** Every stored session, oldest first. */
  all(): Session[] {
    return [...this.sessions.values()].map(copyOf);
  }
}

class SessionChangedMeanwhile extends DomainError {
  readonly code = 'CONCURRENCY_CONFLICT';
  readonly kind = 'conflict';
  constructor() {
    super('the session changed since it was read');
  }
}

function copyOf(session: Session): Session {
  return Session.restore({
    id: session.id,
    version: session.version,
    createdAt: session.createdAt,
    userId: session.userId,
    epoch: session.epoch,
    tokenHash: session.tokenHash,
    tokenExpiresAt: session.tokenExpiresAt,
    spentTokenHashes: [...session.spentTokenHashes],
    revokedAt: session.revokedAt,
  });
}
