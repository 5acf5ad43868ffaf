import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { RoleUnknown } from '../../domain/role/role.errors';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { AssignUserRoles } from './assign-user-roles.command';

@CommandHandler(AssignUserRoles)
export class AssignUserRolesHandler implements ICommandHandler<AssignUserRoles, void> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ userId, roles: names, actor }: AssignUserRoles): Promise<void> {
    const user = await this.users.getById(userId);
    await this.privileges.assertMayManage(actor, user); // what the user can do now...
    const granted = await this.roles.findByNames(names);
    const unknown = names.filter((name) => !granted.some((role) => role.name === name));
    if (unknown.length) throw new RoleUnknown([...new Set(unknown)]);
    this.privileges.assertMayGrant(actor, granted); // ...and what they could do after
    user.assignRoles(names);
    await this.users.save(user);
  }
}
