import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Role } from '../../domain/role/role.aggregate';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { ListRoles } from './list-roles.query';

@QueryHandler(ListRoles)
export class ListRolesHandler implements IQueryHandler<ListRoles, Role[]> {
  constructor(@Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository) {}

  execute(_query: ListRoles): Promise<Role[]> {
    return this.roles.list();
  }
}
