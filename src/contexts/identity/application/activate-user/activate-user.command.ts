import { Command } from '@nestjs/cqrs';

export class ActivateUser extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
