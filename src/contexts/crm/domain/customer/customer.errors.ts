import { domainError } from '@promenade/ddd';
import { CustomerStatus } from './customer-status';
import { CustomerTier } from './customer-tier';

/** Also the answer for a deleted customer, and for one assigned to another rep when the caller may only see their own. */
export class CustomerNotFound extends domainError('CUSTOMER_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`customer ${id} does not exist`);
  }
}

export class CustomerInvalidTransition extends domainError('CUSTOMER_INVALID_TRANSITION', 'conflict') {
  constructor(id: string, status: CustomerStatus, action: string, allowedFrom: CustomerStatus) {
    super(`customer ${id} is a ${status}; only a ${allowedFrom} can be ${action}`);
  }
}

export class CustomerChurnReasonRequired extends domainError('CUSTOMER_CHURN_REASON_REQUIRED', 'invalid') {
  constructor() {
    super('churning a customer needs a non-empty reason');
  }
}

export class CustomerTierNotHigher extends domainError('CUSTOMER_TIER_NOT_HIGHER', 'conflict') {
  constructor(id: string, current: CustomerTier, requested: CustomerTier) {
    super(`customer ${id} is on ${current}; an upgrade must go to a higher tier than that, not ${requested}`);
  }
}

export class CustomerTierNotLower extends domainError('CUSTOMER_TIER_NOT_LOWER', 'conflict') {
  constructor(id: string, current: CustomerTier, requested: CustomerTier) {
    super(`customer ${id} is on ${current}; a downgrade must go to a lower tier than that, not ${requested}`);
  }
}

export class CustomerSameRep extends domainError('CUSTOMER_SAME_REP', 'conflict') {
  constructor(id: string, repId: string) {
    super(`customer ${id} is already assigned to ${repId}; reassigning needs a different rep`);
  }
}

export class CustomerAlreadyLinked extends domainError('CUSTOMER_ALREADY_LINKED', 'conflict') {
  constructor(id: string, userId: string) {
    super(`customer ${id} is already linked to user ${userId}; a customer links to a user only once`);
  }
}

export class CustomerTagInvalid extends domainError('CUSTOMER_TAG_INVALID', 'invalid') {
  constructor(tag: string) {
    super(`"${tag.slice(0, 64)}" is not a valid tag: 1-50 letters, digits or ._:- starting with a letter or digit`);
  }
}

export class CustomerTagDuplicate extends domainError('CUSTOMER_TAG_DUPLICATE', 'conflict') {
  constructor(id: string, tag: string) {
    super(`customer ${id} already has the tag "${tag}"`);
  }
}

/** A conflict rather than a 404: the customer exists, the tag is what the request wrongly assumes. */
export class CustomerTagMissing extends domainError('CUSTOMER_TAG_MISSING', 'conflict') {
  constructor(id: string, tag: string) {
    super(`customer ${id} has no tag "${tag}"`);
  }
}

/** Emails are unique among live customers, whatever their case; a deleted customer's email is free again. */
export class CustomerEmailTaken extends domainError('CUSTOMER_EMAIL_TAKEN', 'conflict') {
  constructor(email: string) {
    super(`a customer with the email ${email} already exists`);
  }
}

/** A field breaks its rule (blank or overlong name, malformed phone). */
export class CustomerDetailsInvalid extends domainError('CUSTOMER_DETAILS_INVALID', 'invalid') {}

/** The company named does not exist or was deleted: a rule of the request, not the resource addressed (so 422, not 404). */
export class CustomerCompanyNotFound extends domainError('CUSTOMER_COMPANY_NOT_FOUND', 'invalid') {
  constructor(companyId: string) {
    super(`company ${companyId} does not exist`);
  }
}
