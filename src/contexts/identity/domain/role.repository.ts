import { Role } from './role.aggregate';

export const ROLE_REPOSITORY = Symbol('RoleRepository');

/** Where roles are kept. `getById` throws RoleNotFound; `save` is optimistic (ConcurrencyConflict). */
export interface RoleRepository {
  getById(id: string): Promise<Role>;
  save(role: Role): Promise<void>;
}
