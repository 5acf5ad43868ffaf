import { DomainError } from '@promenade/ddd';
import { CustomerStatus } from './customer-status';
import { CustomerTier } from './customer-tier';

/** Also the answer for a deleted customer, and for one assigned to another rep when the caller may only see their own. */
export class CustomerNotFound extends DomainError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`customer ${id} does not exist`);
  }
}

export class CustomerInvalidTransition extends DomainError {
  readonly code = 'CUSTOMER_INVALID_TRANSITION';
  readonly kind = 'conflict';
  constructor(id: string, status: CustomerStatus, action: string, allowedFrom: CustomerStatus) {
    super(`customer ${id} is a ${status}; only a ${allowedFrom} can be ${action}`);
  }
}

export class CustomerChurnReasonRequired extends DomainError {
  readonly code = 'CUSTOMER_CHURN_REASON_REQUIRED';
  readonly kind = 'invalid';
  constructor() {
    super('churning a customer needs a non-empty reason');
  }
}

export class CustomerTierNotHigher extends DomainError {
  readonly code = 'CUSTOMER_TIER_NOT_HIGHER';
  readonly kind = 'conflict';
  constructor(id: string, current: CustomerTier, requested: CustomerTier) {
    super(`customer ${id} is on ${current}; an upgrade must go to a higher tier than that, not ${requested}`);
  }
}

export class CustomerTierNotLower extends DomainError {
  readonly code = 'CUSTOMER_TIER_NOT_LOWER';
  readonly kind = 'conflict';
  constructor(id: string, current: CustomerTier, requested: CustomerTier) {
    super(`customer ${id} is on ${current}; a downgrade must go to a lower tier than that, not ${requested}`);
  }
}

export class CustomerSameRep extends DomainError {
  readonly code = 'CUSTOMER_SAME_REP';
  readonly kind = 'conflict';
  constructor(id: string, repId: string) {
    super(`customer ${id} is already assigned to ${repId}; reassigning needs a different rep`);
  }
}

export class CustomerAlreadyLinked extends DomainError {
  readonly code = 'CUSTOMER_ALREADY_LINKED';
  readonly kind = 'conflict';
  constructor(id: string, userId: string) {
    super(`customer ${id} is already linked to user ${userId}; a customer links to a user only once`);
  }
}

export class CustomerTagInvalid extends DomainError {
  readonly code = 'CUSTOMER_TAG_INVALID';
  readonly kind = 'invalid';
  constructor(tag: string) {
    super(`"${tag.slice(0, 64)}" is not a valid tag: 1-50 letters, digits or ._:- starting with a letter or digit`);
  }
}

export class CustomerTagDuplicate extends DomainError {
  readonly code = 'CUSTOMER_TAG_DUPLICATE';
  readonly kind = 'conflict';
  constructor(id: string, tag: string) {
    super(`customer ${id} already has the tag "${tag}"`);
  }
}

/** A conflict rather than a 404: the customer exists, the tag is what the request wrongly assumes. */
export class CustomerTagMissing extends DomainError {
  readonly code = 'CUSTOMER_TAG_MISSING';
  readonly kind = 'conflict';
  constructor(id: string, tag: string) {
    super(`customer ${id} has no tag "${tag}"`);
  }
}

/** Emails are unique among live customers, whatever their case; a deleted customer's email is free again. */
export class CustomerEmailTaken extends DomainError {
  readonly code = 'CUSTOMER_EMAIL_TAKEN';
  readonly kind = 'conflict';
  constructor(email: string) {
    super(`a customer with the email ${email} already exists`);
  }
}

/** A field breaks its rule (blank or overlong name, malformed phone). */
export class CustomerDetailsInvalid extends DomainError {
  readonly code = 'CUSTOMER_DETAILS_INVALID';
  readonly kind = 'invalid';
}

/** The company named does not exist or was deleted: a rule of the request, not the resource addressed (so 422, not 404). */
export class CustomerCompanyNotFound extends DomainError {
  readonly code = 'CUSTOMER_COMPANY_NOT_FOUND';
  readonly kind = 'invalid';
  constructor(companyId: string) {
    super(`company ${companyId} does not exist`);
  }
}
