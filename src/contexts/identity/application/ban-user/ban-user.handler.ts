import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { USER_REPOSITORY, UserRepository } from '../../domain/user.repository';
import { BanUser } from './ban-user.command';

@CommandHandler(BanUser)
export class BanUserHandler implements ICommandHandler<BanUser, void> {
  constructor(@Inject(USER_REPOSITORY) private readonly users: UserRepository) {}

  async execute({ userId }: BanUser): Promise<void> {
    const user = await this.users.getById(userId);
    user.ban();
    await this.users.save(user);
  }
}
