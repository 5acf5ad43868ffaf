import { Command } from '@nestjs/cqrs';
import { ContactValueInput } from '../../domain/contact/contact-value';

/** Replaces a contact's value (in the form its type takes), which clears its verification. */
export class UpdateContact extends Command<void> {
  constructor(
    readonly contactId: string,
    readonly value: ContactValueInput,
    /** Only this user's contacts are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
