import { Email } from '@promenade/ddd';
import { UserStatus } from './user-status';
import { User } from './user.aggregate';

export const USER_REPOSITORY = Symbol('UserRepository');

export interface UserFilter {
  status?: UserStatus;
  role?: string;
  /** Part of the address, any case (compared in the email normal form). */
  email?: string;
}

/** Where users are kept. `getById` throws UserNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface UserRepository {
  getById(id: string): Promise<User>;
  find(id: string): Promise<User | undefined>;
  /** By the address's normal form (see Email). */
  findByEmail(email: Email): Promise<User | undefined>;
  /**
   * For a login: the user of this address, its row locked until the command's transaction ends, so that concurrent
   * attempts on one account take turns and each sees the failure count and lock the previous one left. For an address
   * with no user (or a malformed one) it locks a stand-in row chosen by the address instead, so that attempts at it
   * take turns too and the lookup costs what it does for an account.
   */
  findForLogin(email: Email | undefined): Promise<User | undefined>;
  /**
   * Stores a refused login: the user's failure count and lock (a plain `save`); for an address with no user, a write of
   * the stand-in row its `findForLogin` locked, in the same transaction, so that a refusal costs the same row lock, write
   * and commit whether or not the address exists.
   */
  saveRefusedLogin(user: User | undefined): Promise<void>;
  findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }>;
  save(user: User): Promise<void>;
}
