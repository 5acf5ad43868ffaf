import { domainError } from '@promenade/ddd';
import { ContactType } from './contact-type';

/** Also the answer for a deleted contact and, to a caller limited to their own, for another user's (no existence leak). */
export class ContactNotFound extends domainError('CONTACT_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`contact ${id} does not exist`);
  }
}

export class ContactDuplicate extends domainError('CONTACT_DUPLICATE', 'conflict') {
  constructor(type: ContactType) {
    super(`the user already has this ${type} as a contact`);
  }
}

export class ContactAlreadyVerified extends domainError('CONTACT_ALREADY_VERIFIED', 'conflict') {
  constructor(id: string) {
    super(`contact ${id} is already verified`);
  }
}

/** The fields sent do not fit the contact's type (an address for a phone contact, no value for an email…). */
export class ContactValueInvalid extends domainError('CONTACT_VALUE_INVALID', 'invalid') {}

export class ContactPhoneInvalid extends domainError('CONTACT_PHONE_INVALID', 'invalid') {}

export class ContactAddressInvalid extends domainError('CONTACT_ADDRESS_INVALID', 'invalid') {}
