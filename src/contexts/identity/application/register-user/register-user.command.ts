import { Command } from '@nestjs/cqrs';

export class RegisterUser extends Command<{ id: string; email: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly displayName: string,
  ) {
    super();
  }
}
