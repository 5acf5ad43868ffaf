import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Role, RoleState } from '../../domain/role/role.aggregate';
import { RoleNotFound, RoleSystemImmutable } from '../../domain/role/role.errors';
import { RoleRepository } from '../../domain/role/role.repository';
import { isSystemRole, SYSTEM_ROLES, SystemRoleName } from '../../domain/role/system-roles';

/** A unit-test stand-in for the role store: system roles from code, custom ones stored. */
export class InMemoryRoleRepository extends InMemoryAggregateRepository<Role, RoleState> implements RoleRepository {
  constructor() {
    super(Role.restore);
  }

  async findByNames(names: readonly string[]): Promise<Role[]> {
    const custom = this.all();
    return [...new Set(names)].flatMap((name) => (isSystemRole(name) ? [Role.system(name)] : custom.filter((role) => role.name === name)));
  }

  async getByName(name: string): Promise<Role> {
    const [found] = await this.findByNames([name]);
    if (!found) throw new RoleNotFound(name);
    return found;
  }

  async list(): Promise<Role[]> {
    const system = (Object.keys(SYSTEM_ROLES) as SystemRoleName[]).map((name) => Role.system(name));
    const custom = this.all().sort((a, b) => a.name.localeCompare(b.name));
    return [...system, ...custom];
  }

  override async save(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    await super.save(role);
  }

  async delete(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    await this.remove(role);
  }
}
