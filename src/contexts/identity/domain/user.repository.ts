import { Email } from '@promenade/ddd';
import { UserStatus } from './user-status';
import { User } from './user.aggregate';

export const USER_REPOSITORY = Symbol('UserRepository');

export interface UserFilter {
  status?: UserStatus;
  role?: string;
  /** Part of the address, any case. */
  email?: string;
}

/** Where users are kept. `getById` throws UserNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface UserRepository {
  getById(id: string): Promise<User>;
  find(id: string): Promise<User | undefined>;
  /** Case-insensitive. */
  findByEmail(email: Email): Promise<User | undefined>;
  findPage(filter: UserFilter, offset: number, limit: number): Promise<{ items: User[]; total: number }>;
  save(user: User): Promise<void>;
}
