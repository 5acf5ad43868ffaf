import { uncoveredPermissions } from './permission-coverage';
import { PrivilegeEscalation, UserSelfAction } from './privilege.errors';
import { Role } from './role.aggregate';
import { RoleRepository } from './role.repository';
import { User } from '../user/user.aggregate';

/** Who asks for an administrative change, as plain values the HTTP layer copies from the caller's token. */
export interface Actor {
  userId: string;
  /** The caller's effective permissions: everything their roles grant. */
  permissions: readonly string[];
}

/**
 * No privilege escalation: an actor may grant, define or act on only what their own permissions
 * cover. So an admin (every catalog permission, but not `*:*`) cannot make a superadmin, change a
 * role beyond their own reach, or suspend a superadmin.
 */
export class Privileges {
  constructor(private readonly roles: Pick<RoleRepository, 'findByNames'>) {}

  /** Throws PrivilegeEscalation unless the actor's permissions cover every one of `required`. */
  assertCovers(actor: Actor, required: readonly string[]): void {
    const missing = uncoveredPermissions(actor.permissions, required);
    if (missing.length) throw new PrivilegeEscalation(missing);
  }

  /**
   * Suspend, ban, activate, unlock or change the roles of `user`: never one's own account (an admin
   * could lock themselves out, or promote themselves), and only a user who can do no more than the actor.
   */
  async assertMayManage(actor: Actor, user: User): Promise<void> {
    if (actor.userId === user.id) throw new UserSelfAction();
    this.assertCovers(actor, permissionsOf(await this.roles.findByNames(user.roles)));
  }

  /** Giving `roles` to someone: the actor must hold everything they grant. */
  assertMayGrant(actor: Actor, roles: readonly Role[]): void {
    this.assertCovers(actor, permissionsOf(roles));
  }
}

/** The union of the roles' permissions. */
export function permissionsOf(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((role) => role.permissions))];
}
