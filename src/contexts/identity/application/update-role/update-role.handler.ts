import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { ROLE_REPOSITORY, RoleRepository } from '../../domain/role/role.repository';
import { UpdateRole } from './update-role.command';

@CommandHandler(UpdateRole)
export class UpdateRoleHandler implements ICommandHandler<UpdateRole, void> {
  constructor(
    @Inject(ROLE_REPOSITORY) private readonly roles: RoleRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ name, changes, actor }: UpdateRole): Promise<void> {
    const role = await this.roles.getByName(name);
    const before = role.permissions;
    const changed = role.update(changes);
    // Both sides: neither widen a role beyond one's own reach, nor touch one that already exceeds it (even to change nothing).
    this.privileges.assertCovers(actor, [...before, ...role.permissions]);
    if (changed) await this.roles.save(role);
  }
}
