import { DomainEvent, EventMetadata } from '@promenade/ddd';

/** What projections need to count an interaction; dates are ISO 8601 strings. */
export interface InteractionFacts {
  interactionId: string;
  /** call | email | meeting | note | sms | chat */
  type: string;
  /** inbound | outbound */
  direction: string;
  customerId: string | null;
  companyId: string | null;
  startedAt: string;
  endedAt: string | null;
  /** successful | no_answer | voicemail | busy | scheduled | not_interested, or null while unknown */
  outcome: string | null;
  followUpRequired: boolean;
  followUpAt: string | null;
}

export interface InteractionCreatedPayload extends InteractionFacts {
  /** The user who logged it. */
  loggedBy: string;
}

/** An interaction with a customer or company was logged. */
export class InteractionCreated extends DomainEvent<InteractionCreatedPayload> {
  static readonly eventName = 'crm.interaction-created';
  static readonly eventVersion = 1;

  constructor(payload: InteractionCreatedPayload, metadata?: Partial<EventMetadata>) {
    super(payload.interactionId, payload, metadata);
  }
}
