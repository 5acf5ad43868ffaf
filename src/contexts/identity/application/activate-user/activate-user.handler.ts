import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Privileges } from '../../domain/role/privilege';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { ActivateUser } from './activate-user.command';

@CommandHandler(ActivateUser)
export class ActivateUserHandler implements ICommandHandler<ActivateUser, void> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    private readonly privileges: Privileges,
  ) {}

  async execute({ userId, actor }: ActivateUser): Promise<void> {
    const user = await this.users.getById(userId);
    await this.privileges.assertMayManage(actor, user); // never oneself, never someone more powerful
    user.activate();
    await this.users.save(user);
  }
}
