import { ValueObject } from '@promenade/ddd';
import { ProfileInvalidDisplayName } from './profile.errors';

const MAX_LENGTH = 100;
const CONTROL_CHARACTER = /\p{Cc}/u;

/** What a user is called where others see them: 1 to 100 characters (Unicode code points) once trimmed, on one line. */
export class DisplayName extends ValueObject<{ value: string }> {
  static of(value: string): DisplayName {
    const trimmed = value.trim();
    const length = [...trimmed].length;
    if (length === 0) throw new ProfileInvalidDisplayName('must not be blank');
    if (length > MAX_LENGTH) throw new ProfileInvalidDisplayName(`has at most ${MAX_LENGTH} characters, got ${length}`);
    // Line breaks and other control characters would let a name forge layout wherever it is shown.
    if (CONTROL_CHARACTER.test(trimmed)) throw new ProfileInvalidDisplayName('must not contain line breaks or control characters');
    return new DisplayName({ value: trimmed });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return this.props.value;
  }
}
