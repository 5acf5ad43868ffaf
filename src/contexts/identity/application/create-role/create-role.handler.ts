import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Role } from '../../domain/role.aggregate';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role.repository';
import { CreateRole } from './create-role.command';

@CommandHandler(CreateRole)
export class CreateRoleHandler implements ICommandHandler<CreateRole, string> {
  constructor(@Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository) {}

  async execute(_command: CreateRole): Promise<string> {
    const role = Role.create();
    await this.roles.save(role);
    return role.id;
  }
}
