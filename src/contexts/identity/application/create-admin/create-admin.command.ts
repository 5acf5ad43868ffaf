import { Command } from '@nestjs/cqrs';

export interface CreateAdminResult {
  userId: string;
  /** false when the account existed and was promoted (its password left as it was). */
  created: boolean;
}

/** The bootstrap: makes a superadmin, registering the account first if it does not exist. */
export class CreateAdmin extends Command<CreateAdminResult> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
