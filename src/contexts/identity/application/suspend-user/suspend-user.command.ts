import { Command } from '@nestjs/cqrs';

export class SuspendUser extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
