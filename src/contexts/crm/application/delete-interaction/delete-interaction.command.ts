import { Command } from '@nestjs/cqrs';

export class DeleteInteraction extends Command<void> {
  constructor(
    readonly interactionId: string,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
