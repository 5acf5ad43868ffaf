import { AggregateRoot, newId } from '@promenade/ddd';
import { RoleCreated } from '../events/role-created.event';
import { RoleDeleted } from '../events/role-deleted.event';
import { RoleUpdated } from '../events/role-updated.event';
import { isKnownPermission } from './permission-catalog';
import { PermissionUnknown, RoleDescriptionInvalid, RoleNameInvalid, RoleNameTaken, RoleSystemImmutable } from './role.errors';
import { SYSTEM_ROLES, SystemRoleName, isSystemRole } from './system-roles';

/** A role's name is its key (users hold role names): short, lowercase, URL-safe. */
export const ROLE_NAME_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const ROLE_DESCRIPTION_MAX_LENGTH = 200;

export interface RoleState {
  id: string;
  version: number;
  /** Undefined for a system role, which lives in code and is never stored. */
  createdAt?: Date;
  /** When the last change was saved; the repository stamps it on every save, as it counts `version`. */
  updatedAt?: Date;
  name: string;
  description: string;
  permissions: string[];
  isSystem: boolean;
}

/**
 * A named set of permissions that users hold. The seven system roles come from code and cannot be
 * changed; custom roles take only permissions from the catalog (never `*:*`) and a name of their own.
 */
export class Role extends AggregateRoot<RoleState> {
  private constructor(state: RoleState) {
    super(state);
  }

  static create(input: { name: string; description: string; permissions: readonly string[] }, now = new Date()): Role {
    if (!ROLE_NAME_PATTERN.test(input.name)) throw new RoleNameInvalid(input.name);
    if (isSystemRole(input.name)) throw new RoleNameTaken(input.name);
    const role = new Role({
      id: newId(),
      version: 0,
      createdAt: now,
      updatedAt: now,
      name: input.name,
      description: checkedDescription(input.description),
      permissions: checkedPermissions(input.permissions),
      isSystem: false,
    });
    role.apply(new RoleCreated(role.eventFields()));
    return role;
  }

  /** A system role as the code defines it; its name doubles as its id, as it is never stored nor raises events. */
  static system(name: SystemRoleName): Role {
    const { description, permissions } = SYSTEM_ROLES[name];
    return new Role({ id: name, version: 0, name, description, permissions: [...permissions], isSystem: true });
  }

  /** Rebuilds a stored role; no rule is re-run and no event raised. */
  static restore(state: RoleState): Role {
    return new Role(state);
  }

  get createdAt(): Date | undefined {
    return this.state.createdAt;
  }

  get updatedAt(): Date | undefined {
    return this.state.updatedAt;
  }
  get name(): string {
    return this.state.name;
  }
  get description(): string {
    return this.state.description;
  }
  /** Sorted, each once. */
  get permissions(): readonly string[] {
    return this.state.permissions;
  }
  get isSystem(): boolean {
    return this.state.isSystem;
  }

  /** Replaces what is given; a change that changes nothing raises nothing. Answers whether anything changed. */
  update(changes: { description?: string; permissions?: readonly string[] }): boolean {
    this.assertCustom();
    const description = changes.description === undefined ? this.state.description : checkedDescription(changes.description);
    const permissions = changes.permissions === undefined ? this.state.permissions : checkedPermissions(changes.permissions);
    if (description === this.state.description && permissions.join() === this.state.permissions.join()) return false;
    this.state.description = description;
    this.state.permissions = permissions;
    this.apply(new RoleUpdated(this.eventFields()));
    return true;
  }

  /** Marks the role for deletion; whether users still hold it is the caller's check (it needs the users). */
  delete(): void {
    this.assertCustom();
    this.apply(new RoleDeleted({ roleId: this.id, name: this.state.name }));
  }

  private assertCustom(): void {
    if (this.state.isSystem) throw new RoleSystemImmutable(this.state.name);
  }

  /** What RoleCreated and RoleUpdated carry: the role as a consumer sees it. */
  private eventFields() {
    const { name, description, permissions } = this.state;
    return { roleId: this.id, name, description, permissions: [...permissions] };
  }
}

function checkedDescription(description: string): string {
  const trimmed = description.trim();
  if (trimmed.length > ROLE_DESCRIPTION_MAX_LENGTH) throw new RoleDescriptionInvalid(ROLE_DESCRIPTION_MAX_LENGTH);
  return trimmed;
}

/** Only catalog permissions: wildcards, `*:*` included, stay the superadmin's. */
function checkedPermissions(permissions: readonly string[]): string[] {
  const unknown = permissions.filter((permission) => !isKnownPermission(permission));
  if (unknown.length) throw new PermissionUnknown([...new Set(unknown)]);
  return [...new Set(permissions)].sort();
}
