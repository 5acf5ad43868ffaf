import { inspect } from 'node:util';
import { ValueObject } from '@promenade/ddd';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PasswordTooCommon, PasswordTooLong, PasswordTooShort } from './password.errors';

const MIN_LENGTH = 8;
const MAX_LENGTH = 128;
// zxcvbn-ts's list of the ~49,000 most common passwords (lowercase), loaded once.
const COMMON = new Set<string>(dictionary['passwords-common'] as string[]);

/**
 * A password a user chose, checked as OWASP ASVS 5.0 asks: 8 to 128 characters counted as Unicode
 * code points (spaces and any script allowed, nothing truncated), no composition rules, and not one
 * of the most common passwords. It never leaves memory except hashed.
 */
export class NewPassword extends ValueObject<{ value: string }> {
  static of(value: string): NewPassword {
    const length = [...value].length;
    if (length < MIN_LENGTH) throw new PasswordTooShort(MIN_LENGTH);
    if (length > MAX_LENGTH) throw new PasswordTooLong(MAX_LENGTH);
    if (COMMON.has(value.toLowerCase())) throw new PasswordTooCommon();
    return new NewPassword({ value });
  }

  get value(): string {
    return this.props.value;
  }

  override toString(): string {
    return '[password]';
  }

  /** Nor in JSON or console output, should one end up in a log line. */
  toJSON(): string {
    return '[password]';
  }

  [inspect.custom](): string {
    return '[password]';
  }
}
