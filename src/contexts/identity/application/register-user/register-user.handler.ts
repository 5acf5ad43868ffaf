import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Email } from '@promenade/ddd';
import { DisplayName } from '../../domain/profile/display-name';
import { NewPassword } from '../../domain/user/password';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/user/password-hasher';
import { Profile } from '../../domain/profile/profile.aggregate';
import { PROFILE_REPOSITORY, ProfileRepository } from '../../domain/profile/profile.repository';
import { User } from '../../domain/user/user.aggregate';
import { EmailAlreadyRegistered } from '../../domain/user/user.errors';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { RegisterUser } from './register-user.command';

/** A new account with the `user` role, and its (private) profile, in one transaction. */
@CommandHandler(RegisterUser)
export class RegisterUserHandler implements ICommandHandler<RegisterUser, { id: string; email: string }> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PROFILE_REPOSITORY) private readonly profiles: ProfileRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
  ) {}

  async execute({ email, password, displayName }: RegisterUser): Promise<{ id: string; email: string }> {
    const address = Email.of(email);
    const name = DisplayName.of(displayName); // every cheap check before the deliberately slow hash
    const chosen = NewPassword.of(password);
    if (await this.users.findByEmail(address)) throw new EmailAlreadyRegistered();
    const user = User.register({ email: address, passwordHash: await this.hasher.hash(chosen.value), displayName: name.value });
    const profile = Profile.create(user.id, name.value);
    await this.users.save(user);
    await this.profiles.save(profile);
    return { id: user.id, email: user.email.value };
  }
}
