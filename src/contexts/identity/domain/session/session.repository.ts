import { Session } from './session.aggregate';

export const SESSION_REPOSITORY = Symbol('SessionRepository');

/** Where sessions are kept. `save` is optimistic (ConcurrencyConflict), so one refresh token rotates once. */
export interface SessionRepository {
  getById(id: string): Promise<Session>;
  find(id: string): Promise<Session | undefined>;
  /** The session whose current or recently spent refresh token has this hash. */
  findByTokenHash(hash: string): Promise<Session | undefined>;
  save(session: Session): Promise<void>;
}
