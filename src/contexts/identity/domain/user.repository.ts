import { User } from './user.aggregate';

export const USER_REPOSITORY = Symbol('UserRepository');

/** Where users are kept. `getById` throws UserNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface UserRepository {
  getById(id: string): Promise<User>;
  save(user: User): Promise<void>;
}
