import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { RoleInUse } from '../../domain/role/role.errors';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { DeleteRole } from './delete-role.command';

@CommandHandler(DeleteRole)
export class DeleteRoleHandler implements ICommandHandler<DeleteRole, void> {
  constructor(
    @Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ name, actor }: DeleteRole): Promise<void> {
    const role = await this.roles.getByName(name);
    role.delete(); // refuses a system role
    this.privileges.assertCovers(actor, role.permissions);
    // Deleting a held role would silently strip its holders; they are moved off it first, on purpose.
    const { total: holders } = await this.users.findPage({ role: name }, 0, 1);
    if (holders > 0) throw new RoleInUse(name);
    await this.roles.delete(role);
  }
}
