import { DomainEvent } from '@promenade/ddd';
import { Role } from '../../domain/role.aggregate';
import { RoleNotFound, RoleSystemImmutable } from '../../domain/role.errors';
import { RoleRepository } from '../../domain/role.repository';
import { isSystemRole, SYSTEM_ROLES, SystemRoleName } from '../../domain/system-roles';

/** A unit-test stand-in for the role store: system roles from code, custom ones in a map; collects the events it would publish. */
export class InMemoryRoleRepository implements RoleRepository {
  readonly published: DomainEvent[] = [];
  private readonly custom = new Map<string, Role>();

  async findByNames(names: readonly string[]): Promise<Role[]> {
    return [...new Set(names)].flatMap((name) => {
      if (isSystemRole(name)) return [Role.system(name)];
      const stored = this.custom.get(name);
      return stored ? [copyOf(stored)] : [];
    });
  }

  async getByName(name: string): Promise<Role> {
    const [found] = await this.findByNames([name]);
    if (!found) throw new RoleNotFound(name);
    return found;
  }

  async list(): Promise<Role[]> {
    const system = (Object.keys(SYSTEM_ROLES) as SystemRoleName[]).map((name) => Role.system(name));
    const custom = [...this.custom.values()].sort((a, b) => a.name.localeCompare(b.name)).map(copyOf);
    return [...system, ...custom];
  }

  async save(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    const nextVersion = role.version + 1;
    this.published.push(...role.pullEvents());
    role.markPersisted(nextVersion);
    this.custom.set(role.name, copyOf(role));
  }

  async delete(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    this.published.push(...role.pullEvents());
    this.custom.delete(role.name);
  }
}

function copyOf(role: Role): Role {
  return Role.restore({
    id: role.id,
    version: role.version,
    createdAt: role.createdAt,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
    isSystem: role.isSystem,
  });
}
