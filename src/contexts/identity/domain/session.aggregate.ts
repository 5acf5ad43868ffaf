import { AggregateRoot, newId } from '@promenade/ddd';
import { SessionCreated } from '../contracts/session-created.event';

export interface SessionState {
  id: string;
  version: number;
  createdAt: Date;
}

/** Session: its rules live here, as methods that check them and raise events. */
export class Session extends AggregateRoot {
  private constructor(private state: SessionState) {
    super(state.id, state.version);
  }

  static create(now = new Date()): Session {
    const session = new Session({ id: newId(), version: 0, createdAt: now });
    session.apply(new SessionCreated({ sessionId: session.id, createdAt: now.toISOString() }));
    return session;
  }

  /** Rebuilds a stored session; no rule is re-run and no event raised. */
  static restore(state: SessionState): Session {
    return new Session({ ...state });
  }

  get createdAt(): Date {
    return this.state.createdAt;
  }
}
