import { Command } from '@nestjs/cqrs';

/** Soft-deletes a contact: it stays stored for its history, and is gone for every operation. */
export class DeleteContact extends Command<void> {
  constructor(
    readonly contactId: string,
    /** Only this user's contacts are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
