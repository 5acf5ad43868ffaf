import { Command } from '@nestjs/cqrs';

/** A partial change: an absent field keeps its value, null clears a nullable one. */
export interface InteractionChange {
  type?: string;
  direction?: string;
  subject?: string;
  description?: string;
  customerId?: string | null;
  companyId?: string | null;
  startedAt?: Date;
  outcome?: string | null;
  followUpRequired?: boolean;
  followUpAt?: Date | null;
  attendees?: string[];
}

export class UpdateInteraction extends Command<void> {
  constructor(
    readonly interactionId: string,
    readonly change: InteractionChange,
    /** Whose customers the caller sees (`customers:read` scope): an interaction about anyone else's does not exist for them; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
