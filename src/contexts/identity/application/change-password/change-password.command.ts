import { Command } from '@nestjs/cqrs';

export class ChangePassword extends Command<void> {
  constructor(
    readonly userId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
