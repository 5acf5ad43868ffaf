import { Email } from '@promenade/ddd';
import { Actor } from '../../domain/role/privilege';
import { SYSTEM_ROLES } from '../../domain/role/system-roles';
import { User } from '../../domain/user/user.aggregate';
import { InMemoryUserRepository } from './in-memory-user.repository';

/** Actors as the HTTP layer would build them from a superadmin's or an admin's token. */
export const SUPERADMIN: Actor = { userId: '0190a5b0-7c4e-7d2a-9b3c-00000000a001', permissions: [...SYSTEM_ROLES.superadmin.permissions] };
export const ADMIN: Actor = { userId: '0190a5b0-7c4e-7d2a-9b3c-00000000a002', permissions: [...SYSTEM_ROLES.admin.permissions] };

export const UNKNOWN_USER = '0190a5b0-7c4e-7d2a-9b3c-ffffffffffff';

/** A registered user holding `roles`, stored in `users` with its registration events already published and cleared. */
export async function storedUser(users: InMemoryUserRepository, roles: string[] = ['user']): Promise<User> {
  const user = User.register({
    email: Email.of(`someone-${Math.random().toString(36).slice(2)}@example.com`),
    passwordHash: 'hash',
    displayName: 'Someone',
  });
  if (roles.join() !== 'user') user.assignRoles(roles);
  await users.save(user);
  users.published.length = 0;
  return users.getById(user.id);
}

/** The actor acting on their own account: the same id as `user`. */
export function actorFor(user: User, permissions: readonly string[]): Actor {
  return { userId: user.id, permissions };
}
