import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { UnlockUser } from './unlock-user.command';

@CommandHandler(UnlockUser)
export class UnlockUserHandler implements ICommandHandler<UnlockUser, void> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ userId, actor }: UnlockUser): Promise<void> {
    const user = await this.users.getById(userId);
    await this.privileges.assertMayManage(actor, user); // never oneself, never someone more powerful
    user.unlock();
    await this.users.save(user);
  }
}
