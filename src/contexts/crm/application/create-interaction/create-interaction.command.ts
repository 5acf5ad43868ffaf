import { Command } from '@nestjs/cqrs';

export interface NewInteraction {
  type: string;
  direction: string;
  subject: string;
  description: string;
  customerId?: string;
  companyId?: string;
  startedAt: Date;
  endedAt?: Date;
  outcome?: string;
  /** Defaults to whether a follow-up date is given. */
  followUpRequired?: boolean;
  followUpAt?: Date;
  attendees?: string[];
}

/** Logs an interaction on behalf of `loggedBy`; answers the new id. */
export class CreateInteraction extends Command<string> {
  constructor(
    readonly interaction: NewInteraction,
    readonly loggedBy: string,
    /** Whose customers the caller sees (`customers:read` scope): naming anyone else's is naming an unknown customer; undefined: everyone's. */
    readonly customerScope?: string,
  ) {
    super();
  }
}
