import { Command } from '@nestjs/cqrs';
import { ContactType } from '../../domain/contact/contact-type';
import { ContactValueInput } from '../../domain/contact/contact-value';

/** Adds a contact to a user; answers the new contact's id. */
export class CreateContact extends Command<string> {
  constructor(
    readonly userId: string,
    readonly type: ContactType,
    readonly value: ContactValueInput,
  ) {
    super();
  }
}
