import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { USER_REPOSITORY, UserRepository } from '../../domain/user.repository';
import { UnlockUser } from './unlock-user.command';

@CommandHandler(UnlockUser)
export class UnlockUserHandler implements ICommandHandler<UnlockUser, void> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ userId }: UnlockUser): Promise<void> {
    const user = await this.users.getById(userId);
    user.unlock();
    await this.users.save(user);
  }
}
