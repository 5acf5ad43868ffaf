import { Email, ValueObject } from '@promenade/ddd';
import { ContactType } from './contact-type';
import { ContactValueInvalid } from './contact.errors';
import { PhoneNumber } from './phone-number';
import { PostalAddress, PostalAddressFields } from './postal-address';

/** What a client sends for a contact: `value` (and for a phone an optional `country`), or an `address`; null counts as absent. */
export interface ContactValueInput {
  value?: string;
  /** ISO 3166-1 alpha-2 country of a national phone number. */
  country?: string;
  address?: PostalAddressFields;
}

type Held = { type: 'email'; email: Email } | { type: 'phone'; phone: PhoneNumber } | { type: 'address'; address: PostalAddress };

/** What a contact holds, checked for its type: an email address, a phone number or a postal address. */
export class ContactValue extends ValueObject<Held> {
  static of(type: ContactType, input: ContactValueInput): ContactValue {
    switch (type) {
      case 'email':
        refuse(type, input, 'address', 'country');
        return new ContactValue({ type, email: Email.of(textOf(type, input)) });
      case 'phone':
        refuse(type, input, 'address');
        return new ContactValue({ type, phone: PhoneNumber.of(textOf(type, input), input.country ?? undefined) });
      case 'address':
        refuse(type, input, 'value', 'country');
        if (input.address == null) throw new ContactValueInvalid('a contact of type address needs `address`');
        return new ContactValue({ type, address: PostalAddress.of(input.address) });
    }
  }

  /** A stored value: `text` for an email or a phone, `address` for an address; phone and address are not checked again. */
  static restore(type: ContactType, text: string, address?: PostalAddressFields): ContactValue {
    switch (type) {
      case 'email':
        return new ContactValue({ type, email: Email.of(text) });
      case 'phone':
        return new ContactValue({ type, phone: PhoneNumber.restore(text) });
      case 'address':
        if (!address) throw new Error('a stored address contact has no address');
        return new ContactValue({ type, address: PostalAddress.restore(address) });
    }
  }

  get type(): ContactType {
    return this.props.type;
  }

  /** The email address, the E.164 number, or the address on one line. */
  get text(): string {
    switch (this.props.type) {
      case 'email':
        return this.props.email.value;
      case 'phone':
        return this.props.phone.e164;
      case 'address':
        return this.props.address.format();
    }
  }

  /** Present on an address contact only. */
  get address(): PostalAddress | undefined {
    return this.props.type === 'address' ? this.props.address : undefined;
  }

  /** The form duplicates are found by: the email in lower case, the E.164 number, the address ignoring case and spacing. */
  get key(): string {
    switch (this.props.type) {
      case 'email':
        return this.props.email.normalized;
      case 'phone':
        return this.props.phone.e164;
      case 'address':
        return this.props.address.key;
    }
  }

  /** The same mailbox, number or address, however it was typed. (`equals` is stricter: the very same value.) */
  isSameAs(other: ContactValue): boolean {
    return this.type === other.type && this.key === other.key;
  }
}

function textOf(type: ContactType, input: ContactValueInput): string {
  if (typeof input.value !== 'string') throw new ContactValueInvalid(`a contact of type ${type} needs \`value\``);
  return input.value;
}

function refuse(type: ContactType, input: ContactValueInput, ...fields: Array<keyof ContactValueInput>): void {
  const present = fields.filter((field) => input[field] != null).map((field) => `\`${field}\``);
  if (present.length === 0) return;
  throw new ContactValueInvalid(`${present.join(' and ')} ${present.length > 1 ? 'do' : 'does'} not apply to a contact of type ${type}`);
}
