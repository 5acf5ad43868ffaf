import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Role } from '../../domain/role/role.aggregate';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { GetRole } from './get-role.query';

@QueryHandler(GetRole)
export class GetRoleHandler implements IQueryHandler<GetRole, Role> {
  constructor(@Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository) {}

  execute({ name }: GetRole): Promise<Role> {
    return this.roles.getByName(name);
  }
}
