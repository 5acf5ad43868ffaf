import { Role } from './role.aggregate';

export const ROLE_REPOSITORY = Symbol('RoleRepository');

/**
 * Where roles are found: the system roles from code, the custom ones from storage, behind one port so
 * callers need not know which is which. `save` is optimistic (ConcurrencyConflict); saving or deleting
 * a system role is refused (ROLE_SYSTEM_IMMUTABLE).
 */
export interface RoleRepository {
  /** The roles that exist among `names`, system and custom; unknown names are left out. The authenticator calls it per request. */
  findByNames(names: readonly string[]): Promise<Role[]>;
  /** Throws RoleNotFound. */
  getByName(name: string): Promise<Role>;
  /** Every role: the system ones in their declared order, then the custom ones by name. */
  list(): Promise<Role[]>;
  save(role: Role): Promise<void>;
  /** Removes a role whose `delete()` was called, recording its RoleDeleted event. */
  delete(role: Role): Promise<void>;
}
