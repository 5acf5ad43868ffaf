import { Command } from '@nestjs/cqrs';
import { UserStatus } from '../../domain/user/user-status';

export interface CreateAdminResult {
  userId: string;
  /** false when the account existed and was promoted (after its password was proven). */
  created: boolean;
  /** A suspended or banned account is promoted but still cannot log in until activated. */
  status: UserStatus;
}

/** The bootstrap: makes a superadmin, registering the account first, or promoting it when the password matches. */
export class CreateAdmin extends Command<CreateAdminResult> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
