import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { Role } from '../../domain/role/role.aggregate';
import { RoleNameTaken } from '../../domain/role/role.errors';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { CreateRole } from './create-role.command';

@CommandHandler(CreateRole)
export class CreateRoleHandler implements ICommandHandler<CreateRole, void> {
  constructor(
    @Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository,
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ name, description, permissions, actor }: CreateRole): Promise<void> {
    const role = Role.create({ name, description, permissions });
    this.privileges.assertCovers(actor, role.permissions); // nobody defines a role stronger than themselves
    if ((await this.roles.findByNames([name])).length) throw new RoleNameTaken(name);
    // A deleted role's name can linger on users (a grant raced the delete): a new role of that name would silently become theirs.
    const { total: holders } = await this.users.findPage({ role: name }, 0, 1);
    if (holders > 0) throw new RoleNameTaken(name, 'held');
    await this.roles.save(role);
  }
}
