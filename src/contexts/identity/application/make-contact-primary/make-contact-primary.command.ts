import { Command } from '@nestjs/cqrs';

/** Makes a contact the primary of its type, demoting the previous primary. */
export class MakeContactPrimary extends Command<void> {
  constructor(
    readonly contactId: string,
    /** Only this user's contacts are reachable; undefined: anybody's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
