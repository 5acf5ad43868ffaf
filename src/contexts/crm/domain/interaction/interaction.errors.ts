import { domainError } from '@promenade/ddd';

export class InteractionNotFound extends domainError('INTERACTION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`interaction ${id} does not exist`);
  }
}

/** A value outside its list or its bounds (the HTTP layer catches most of these first, as 400). */
export class InteractionInvalid extends domainError('INTERACTION_INVALID', 'invalid') {}

export class InteractionSubjectRequired extends domainError('INTERACTION_SUBJECT_REQUIRED', 'invalid') {
  constructor() {
    super('an interaction needs a non-blank subject');
  }
}

export class InteractionPartyRequired extends domainError('INTERACTION_PARTY_REQUIRED', 'invalid') {
  constructor() {
    super('an interaction names a customer, a company, or both');
  }
}

export class InteractionCustomerUnknown extends domainError('INTERACTION_CUSTOMER_UNKNOWN', 'invalid') {
  constructor(customerId: string) {
    super(`customer ${customerId} does not exist`);
  }
}

export class InteractionCompanyUnknown extends domainError('INTERACTION_COMPANY_UNKNOWN', 'invalid') {
  constructor(companyId: string) {
    super(`company ${companyId} does not exist`);
  }
}

export class InteractionEndBeforeStart extends domainError('INTERACTION_END_BEFORE_START', 'invalid') {
  constructor(startedAt: Date, endedAt: Date) {
    super(`an interaction cannot end (${endedAt.toISOString()}) before it started (${startedAt.toISOString()})`);
  }
}

export class InteractionAlreadyEnded extends domainError('INTERACTION_ALREADY_ENDED', 'conflict') {
  constructor(id: string, endedAt: Date) {
    super(`interaction ${id} already ended at ${endedAt.toISOString()}`);
  }
}

export class InteractionFollowUpDateRequired extends domainError('INTERACTION_FOLLOW_UP_DATE_REQUIRED', 'invalid') {
  constructor() {
    super('a required follow-up needs a date (followUpAt)');
  }
}

export class InteractionFollowUpNotRequired extends domainError('INTERACTION_FOLLOW_UP_NOT_REQUIRED', 'invalid') {
  constructor() {
    super('a follow-up date is given but followUpRequired is false; set it true or drop the date');
  }
}

export class InteractionFollowUpBeforeStart extends domainError('INTERACTION_FOLLOW_UP_BEFORE_START', 'invalid') {
  constructor() {
    super('a follow-up cannot be due before the interaction started');
  }
}

export class InteractionAttendeeInvalid extends domainError('INTERACTION_ATTENDEE_INVALID', 'invalid') {}

export class InteractionAttendeeDuplicate extends domainError('INTERACTION_ATTENDEE_DUPLICATE', 'invalid') {
  constructor(email: string) {
    super(`${email} is listed twice among the attendees`);
  }
}
