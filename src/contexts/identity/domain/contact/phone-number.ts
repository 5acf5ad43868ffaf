import { ValueObject } from '@promenade/ddd';
// The "max" metadata checks a number against its country's numbering plan (the default "min" checks little
// more than its length); its CommonJS entry is the one Node and jest load.
import { CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ContactPhoneInvalid } from './contact.errors';

/** A phone number in E.164 (`+493012345678`): the one form stored, compared and shown. */
export class PhoneNumber extends ValueObject<{ e164: string }> {
  /** Parses an international number (`+…`), or a national one given the ISO 3166-1 alpha-2 country it belongs to. */
  static of(input: string, country?: string): PhoneNumber {
    if (country !== undefined && !isSupportedCountry(country)) {
      throw new ContactPhoneInvalid(`"${country}" is not a country code with a known numbering plan`);
    }
    const parsed = parsePhoneNumberFromString(input, country as CountryCode | undefined);
    if (!parsed?.isValid()) {
      const hint = country ? `in ${country}` : 'as given; send it in international form (+…) or with its country';
      throw new ContactPhoneInvalid(`"${input}" is not a valid phone number ${hint}`);
    }
    // E.164 has no extension: refuse one rather than drop it silently.
    if (parsed.ext) throw new ContactPhoneInvalid(`"${input}" has an extension; phone contacts hold the number alone`);
    return new PhoneNumber({ e164: parsed.number });
  }

  /** A stored number, not parsed again: numbering plans change, and a number saved valid must still load. */
  static restore(e164: string): PhoneNumber {
    return new PhoneNumber({ e164 });
  }

  get e164(): string {
    return this.props.e164;
  }

  override toString(): string {
    return this.props.e164;
  }
}
