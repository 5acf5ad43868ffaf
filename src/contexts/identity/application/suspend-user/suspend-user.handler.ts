import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { USER_REPOSITORY, UserRepository } from '../../domain/user.repository';
import { SuspendUser } from './suspend-user.command';

@CommandHandler(SuspendUser)
export class SuspendUserHandler implements ICommandHandler<SuspendUser, void> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ userId }: SuspendUser): Promise<void> {
    const user = await this.users.getById(userId);
    user.suspend();
    await this.users.save(user);
  }
}
