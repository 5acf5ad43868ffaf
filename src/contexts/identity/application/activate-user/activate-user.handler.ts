import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { USER_REPOSITORY, UserRepository } from '../../domain/user.repository';
import { ActivateUser } from './activate-user.command';

@CommandHandler(ActivateUser)
export class ActivateUserHandler implements ICommandHandler<ActivateUser, void> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ userId }: ActivateUser): Promise<void> {
    const user = await this.users.getById(userId);
    user.activate();
    await this.users.save(user);
  }
}
