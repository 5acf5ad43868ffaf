import { ValueObject } from '@promenade/ddd';
import { ProfileInvalidBio } from './profile.errors';

const MAX_LENGTH = 1000;
// Line breaks and tabs shape a paragraph; other control characters only hide or garble text.
const CONTROL_CHARACTER_BUT_WHITESPACE = /(?![\t\n\r])\p{Cc}/u;

/** A few words a user writes about themselves: up to 1000 characters (Unicode code points) once trimmed. */
export class Bio extends ValueObject<{ value: string }> {
  static of(value: string): Bio {
    const trimmed = value.trim();
    const length = [...trimmed].length;
    if (length > MAX_LENGTH) throw new ProfileInvalidBio(`has at most ${MAX_LENGTH} characters, got ${length}`);
    if (CONTROL_CHARACTER_BUT_WHITESPACE.test(trimmed))
      throw new ProfileInvalidBio('must not contain control characters other than line breaks and tabs');
    return new Bio({ value: trimmed });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
