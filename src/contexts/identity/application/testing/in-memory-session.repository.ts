import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Session, SessionState } from '../../domain/session/session.aggregate';
import { SessionNotFound } from '../../domain/session/session.errors';
import { SessionRepository } from '../../domain/session/session.repository';

/** A unit-test stand-in for the session store; optimistic like the real one, so one refresh token rotates once. */
export class InMemorySessionRepository extends InMemoryAggregateRepository<Session, SessionState> implements SessionRepository {
  constructor() {
    super(Session.restore);
  }

  async getById(id: string): Promise<Session> {
    const stored = this.stored(id);
    if (!stored) throw new SessionNotFound(id);
    return stored;
  }

  async find(id: string): Promise<Session | undefined> {
    return this.stored(id);
  }

  async findByTokenHash(hash: string): Promise<Session | undefined> {
    return this.all().find((session) => session.tokenHash === hash || session.spentTokenHashes.includes(hash));
  }
}
