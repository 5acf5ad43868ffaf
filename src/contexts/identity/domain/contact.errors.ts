import { DomainError } from '@promenade/ddd';
import { ContactType } from './contact-type';

/** Also the answer for a deleted contact and, to a caller limited to their own, for another user's (no existence leak). */
export class ContactNotFound extends DomainError {
  readonly code = 'CONTACT_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`contact ${id} does not exist`);
  }
}

export class ContactDuplicate extends DomainError {
  readonly code = 'CONTACT_DUPLICATE';
  readonly kind = 'conflict';
  constructor(type: ContactType) {
    super(`the user already has this ${type} as a contact`);
  }
}

export class ContactAlreadyVerified extends DomainError {
  readonly code = 'CONTACT_ALREADY_VERIFIED';
  readonly kind = 'conflict';
  constructor(id: string) {
    super(`contact ${id} is already verified`);
  }
}

/** The fields sent do not fit the contact's type (an address for a phone contact, no value for an email…). */
export class ContactValueInvalid extends DomainError {
  readonly code = 'CONTACT_VALUE_INVALID';
  readonly kind = 'invalid';
}

export class ContactPhoneInvalid extends DomainError {
  readonly code = 'CONTACT_PHONE_INVALID';
  readonly kind = 'invalid';
}

export class ContactAddressInvalid extends DomainError {
  readonly code = 'CONTACT_ADDRESS_INVALID';
  readonly kind = 'invalid';
}
