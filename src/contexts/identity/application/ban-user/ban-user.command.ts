import { Command } from '@nestjs/cqrs';

export class BanUser extends Command<void> {
  constructor(readonly userId: string) {
    super();
  }
}
