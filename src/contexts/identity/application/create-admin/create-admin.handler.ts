import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Email } from '@promenade/ddd';
import { PASSWORD_HASHER, PasswordHasher } from '../../domain/user/password-hasher';
import { USER_REPOSITORY, UserRepository } from '../../domain/user/user.repository';
import { RegisterUserHandler } from '../register-user/register-user.handler';
import { RegisterUser } from '../register-user/register-user.command';
import { CreateAdmin, CreateAdminResult } from './create-admin.command';
import { ExistingAccountPasswordMismatch } from './existing-account-password-mismatch.error';

const SUPERADMIN = 'superadmin';

@CommandHandler(CreateAdmin)
export class CreateAdminHandler implements ICommandHandler<CreateAdmin, CreateAdminResult> {
  constructor(
    @Inject(USER_REPOSITORY) private readonly users: UserRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly register: RegisterUserHandler,
  ) {}

  async execute({ email, password }: CreateAdmin): Promise<CreateAdminResult> {
    const existing = await this.users.findByEmail(Email.of(email));
    // Registration is open: whoever registered the address first must not become superadmin by the operator's hand.
    if (existing && !(await this.hasher.verify(existing.passwordHash, password))) throw new ExistingAccountPasswordMismatch();
    const userId = existing?.id ?? (await this.register.execute(new RegisterUser(email, password, 'Administrator'))).id;
    const user = existing ?? (await this.users.getById(userId));
    if (!user.roles.includes(SUPERADMIN)) {
      user.assignRoles([...user.roles, SUPERADMIN]);
      await this.users.save(user);
    }
    return { userId, created: !existing, status: user.status };
  }
}
