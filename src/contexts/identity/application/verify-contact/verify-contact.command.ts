import { Command } from '@nestjs/cqrs';

/** Marks a contact verified. A staff action on anybody's contact: no code is sent to the user yet. */
export class VerifyContact extends Command<void> {
  constructor(readonly contactId: string) {
    super();
  }
}
