import { Command } from '@nestjs/cqrs';

export class EndInteraction extends Command<void> {
  constructor(
    readonly interactionId: string,
    /** When it ended; now when undefined. */
    readonly endedAt?: Date,
    /** Replaces the outcome recorded so far; kept when undefined. */
    readonly outcome?: string,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
