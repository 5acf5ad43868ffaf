import { ValueObject } from '@promenade/ddd';
import { ProfileInvalidLocale } from './profile.errors';

// RFC 5646 §4.4.1 asks implementations to hold tags of at least 35 characters; longer ones are not needed here.
const MAX_LENGTH = 35;

/** A user's language and region as a BCP 47 tag, in canonical form (`EN-us` becomes `en-US`). */
export class Locale extends ValueObject<{ value: string }> {
  static of(value: string): Locale {
    const trimmed = value.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) throw new ProfileInvalidLocale(value);
    let canonical: string[];
    try {
      canonical = Intl.getCanonicalLocales(trimmed);
    } catch {
      throw new ProfileInvalidLocale(value);
    }
    return new Locale({ value: canonical[0] });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
