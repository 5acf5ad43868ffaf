import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NewPassword } from '../../domain/user/password';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/user/password-hasher';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { ChangePassword } from './change-password.command';
import { CurrentPasswordIncorrect } from './current-password-incorrect.error';

/** Proves the current password, then sets the new one; every session of the user ends, this one too. */
@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword, void> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute({ userId, currentPassword, newPassword }: ChangePassword): Promise<void> {
    const user = await this.users.getById(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new CurrentPasswordIncorrect();
    const chosen = NewPassword.of(newPassword);
    user.changePassword(await this.hasher.hash(chosen.value));
    await this.users.save(user);
  }
}
