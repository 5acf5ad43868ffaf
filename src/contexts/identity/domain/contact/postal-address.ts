import { ValueObject } from '@promenade/ddd';
import countries from 'world-countries';
import { ContactAddressInvalid } from './contact.errors';

export interface PostalAddressFields {
  line1: string;
  line2?: string;
  city: string;
  postalCode?: string;
  region?: string;
  /** ISO 3166-1 alpha-2, upper case: `DE`. */
  country: string;
}

/** The longest each field may be, in characters. */
export const POSTAL_ADDRESS_LIMITS = { line1: 200, line2: 200, city: 100, postalCode: 20, region: 100 } as const;

/** ISO 3166-1 alpha-2 codes: world-countries' entries with an ISO numeric code (Kosovo's XK has none: not ISO). */
const ISO_COUNTRY_CODES = new Set(countries.filter((country) => country.ccn3).map((country) => country.cca2));

/** Whether `code` is an ISO 3166-1 alpha-2 country code, upper case; aliases (`UK` for `GB`) are refused: one code per country. */
export function isCountryCode(code: string): boolean {
  return ISO_COUNTRY_CODES.has(code);
}

/** A postal address: trimmed, its required lines present, its country a real ISO code. */
export class PostalAddress extends ValueObject<PostalAddressFields> {
  static of(input: PostalAddressFields): PostalAddress {
    const country = input.country.trim();
    if (!isCountryCode(country)) throw new ContactAddressInvalid(`"${input.country}" is not an ISO 3166-1 alpha-2 country code such as DE`);
    return new PostalAddress(
      withoutAbsent({
        line1: required('line1', input.line1),
        line2: optional('line2', input.line2),
        city: required('city', input.city),
        postalCode: optional('postalCode', input.postalCode),
        region: optional('region', input.region),
        country,
      }),
    );
  }

  /** A stored address, not checked again (a country code later retired must still load). */
  static restore(fields: PostalAddressFields): PostalAddress {
    return new PostalAddress(withoutAbsent({ ...fields }));
  }

  get line1(): string {
    return this.props.line1;
  }

  get line2(): string | undefined {
    return this.props.line2;
  }

  get city(): string {
    return this.props.city;
  }

  get postalCode(): string | undefined {
    return this.props.postalCode;
  }

  get region(): string | undefined {
    return this.props.region;
  }

  get country(): string {
    return this.props.country;
  }

  /** One line for lists and messages: `Alexanderplatz 1, 10178 Berlin, DE`. */
  format(): string {
    const { line1, line2, city, postalCode, region, country } = this.props;
    return [line1, line2, [postalCode, city].filter(Boolean).join(' '), region, country].filter(Boolean).join(', ');
  }

  /** Compared whatever the case and spacing: the same address typed twice is one contact. */
  get key(): string {
    const { line1, line2, city, postalCode, region, country } = this.props;
    return [line1, line2, city, postalCode, region, country].map((part) => (part ?? '').toLowerCase().replace(/\s+/g, ' ')).join('|');
  }

  toJSON(): PostalAddressFields {
    return { ...this.props };
  }
}

function required(field: keyof typeof POSTAL_ADDRESS_LIMITS, value: string): string {
  const trimmed = optional(field, value);
  if (trimmed === undefined) throw new ContactAddressInvalid(`${field} must not be blank`);
  return trimmed;
}

/** Trimmed; blank means absent. */
function optional(field: keyof typeof POSTAL_ADDRESS_LIMITS, value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (trimmed && trimmed.length > POSTAL_ADDRESS_LIMITS[field]) {
    throw new ContactAddressInvalid(`${field} must be at most ${POSTAL_ADDRESS_LIMITS[field]} characters`);
  }
  return trimmed || undefined;
}

/** Leaves absent optional fields out, so two equal addresses have equal fields. */
function withoutAbsent(fields: PostalAddressFields): PostalAddressFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as PostalAddressFields;
}
