import { Command } from '@nestjs/cqrs';

export class UnlockUser extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
