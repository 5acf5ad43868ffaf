import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, uniqueViolation, UnitOfWork } from '@promenade/persistence';
import { In } from 'typeorm';
import { Role } from '../../domain/role/role.aggregate';
import { RoleNameTaken, RoleNotFound, RoleSystemImmutable } from '../../domain/role/role.errors';
import { RoleRepository } from '../../domain/role/role.repository';
import { isSystemRole, SYSTEM_ROLES, SystemRoleName } from '../../domain/role/system-roles';
import { PrincipalCache } from '../auth/principal-cache';
import { roleMapper } from './role.mapper';
import { RoleModel } from './role.model';

/** System roles from code, custom ones from `identity.roles`; a request naming only system roles never touches the database. */
@Injectable()
export class RoleTypeOrmRepository extends TypeOrmAggregateRepository<Role, RoleModel> implements RoleRepository {
  constructor(
    uow: UnitOfWork,
    private readonly principals: PrincipalCache,
  ) {
    super(uow, RoleModel, roleMapper);
  }

  async findByNames(names: readonly string[]): Promise<Role[]> {
    const wanted = [...new Set(names)];
    const customNames = wanted.filter((name) => !isSystemRole(name));
    const custom = customNames.length ? await this.models.findBy({ name: In(customNames) }) : [];
    return wanted.flatMap((name) => {
      if (isSystemRole(name)) return [Role.system(name)];
      return custom.filter((row) => row.name === name).map((row) => roleMapper.toDomain(row));
    });
  }

  async getByName(name: string): Promise<Role> {
    const [role] = await this.findByNames([name]);
    if (!role) throw new RoleNotFound(name);
    return role;
  }

  async list(): Promise<Role[]> {
    const system = (Object.keys(SYSTEM_ROLES) as SystemRoleName[]).map((name) => Role.system(name));
    const custom = await this.models.find({ order: { name: 'ASC' } });
    return [...system, ...custom.map((row) => roleMapper.toDomain(row))];
  }

  override async save(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    try {
      await super.save(role);
    } catch (error) {
      // Two requests creating the same name at once: the unique index settles it.
      if (uniqueViolation(error) !== undefined) throw new RoleNameTaken(role.name);
      throw error;
    }
    // Any user may hold it: every token is checked afresh once the change commits.
    this.uow.afterCommit(() => this.principals.forgetAll());
  }

  async delete(role: Role): Promise<void> {
    if (role.isSystem) throw new RoleSystemImmutable(role.name);
    await this.remove(role);
    this.uow.afterCommit(() => this.principals.forgetAll());
  }
}
