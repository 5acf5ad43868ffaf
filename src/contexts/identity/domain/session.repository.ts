import { Session } from './session.aggregate';

export const SESSION_REPOSITORY = Symbol('SessionRepository');

/** Where sessions are kept. `getById` throws SessionNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface SessionRepository {
  getById(id: string): Promise<Session>;
  save(session: Session): Promise<void>;
}
