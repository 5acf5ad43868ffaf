import { Command } from '@nestjs/cqrs';

export class VerifyContact extends Command<void> {
  constructor(readonly contactId: string) {
    super();
  }
}
