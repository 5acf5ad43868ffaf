import { DomainError } from '@promenade/ddd';

export class InteractionNotFound extends DomainError {
  readonly code = 'INTERACTION_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`interaction ${id} does not exist`);
  }
}

/** A value outside its list or its bounds (the HTTP layer catches most of these first, as 400). */
export class InteractionInvalid extends DomainError {
  readonly code = 'INTERACTION_INVALID';
  readonly kind = 'invalid';
}

export class InteractionSubjectRequired extends DomainError {
  readonly code = 'INTERACTION_SUBJECT_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('an interaction needs a non-blank subject');
  }
}

export class InteractionPartyRequired extends DomainError {
  readonly code = 'INTERACTION_PARTY_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('an interaction names a customer, a company, or both');
  }
}

export class InteractionCustomerUnknown extends DomainError {
  readonly code = 'INTERACTION_CUSTOMER_UNKNOWN';
  readonly kind = 'invalid';
  constructor(customerId: string) {
    super(`customer ${customerId} does not exist`);
  }
}

export class InteractionCompanyUnknown extends DomainError {
  readonly code = 'INTERACTION_COMPANY_UNKNOWN';
  readonly kind = 'invalid';
  constructor(companyId: string) {
    super(`company ${companyId} does not exist`);
  }
}

export class InteractionEndBeforeStart extends DomainError {
  readonly code = 'INTERACTION_END_BEFORE_START';
  readonly kind = 'invalid';
  constructor(startedAt: Date, endedAt: Date) {
    super(`an interaction cannot end (${endedAt.toISOString()}) before it started (${startedAt.toISOString()})`);
  }
}

export class InteractionAlreadyEnded extends DomainError {
  readonly code = 'INTERACTION_ALREADY_ENDED';
  readonly kind = 'conflict';
  constructor(id: string, endedAt: Date) {
    super(`interaction ${id} already ended at ${endedAt.toISOString()}`);
  }
}

export class InteractionFollowUpDateRequired extends DomainError {
  readonly code = 'INTERACTION_FOLLOW_UP_DATE_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('a required follow-up needs a date (followUpAt)');
  }
}

export class InteractionFollowUpNotRequired extends DomainError {
  readonly code = 'INTERACTION_FOLLOW_UP_NOT_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('a follow-up date is given but followUpRequired is false; set it true or drop the date');
  }
}

export class InteractionFollowUpBeforeStart extends DomainError {
  readonly code = 'INTERACTION_FOLLOW_UP_BEFORE_START';
  readonly kind = 'invalid';
  constructor() {
    super('a follow-up cannot be due before the interaction started');
  }
}

export class InteractionAttendeeInvalid extends DomainError {
  readonly code = 'INTERACTION_ATTENDEE_INVALID';
  readonly kind = 'invalid';
}

export class InteractionAttendeeDuplicate extends DomainError {
  readonly code = 'INTERACTION_ATTENDEE_DUPLICATE';
  readonly kind = 'invalid';
  constructor(email: string) {
    super(`${email} is listed twice among the attendees`);
  }
}
