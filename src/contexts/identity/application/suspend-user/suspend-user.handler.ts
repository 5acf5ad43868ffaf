import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { SuspendUser } from './suspend-user.command';

@CommandHandler(SuspendUser)
export class SuspendUserHandler implements ICommandHandler<SuspendUser, void> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ userId, actor }: SuspendUser): Promise<void> {
    const user = await this.users.getById(userId);
    await this.privileges.assertMayManage(actor, user); // never oneself, never someone more powerful
    user.suspend(); // also ends every live session of the user
    await this.users.save(user);
  }
}
