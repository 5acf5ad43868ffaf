import { isEmail } from 'class-validator';
import { DomainError } from './domain-error';
import { ValueObject } from './value-object';

/** How much of a refused input the message repeats: enough to recognise it, never a whole oversized payload. */
const ECHOED_LENGTH = 64;

export class InvalidEmail extends DomainError {
  readonly code = 'EMAIL_INVALID';
  readonly kind = 'invalid';
  constructor(value: string) {
    const echoed = value.length > ECHOED_LENGTH ? `${value.slice(0, ECHOED_LENGTH)}…` : value;
    super(`"${echoed}" is not a valid email address`);
  }
}

/** An email address, trimmed; compared case-insensitively because mail providers treat it so in practice. */
export class Email extends ValueObject<{ value: string }> {
  static of(value: string): Email {
    const trimmed = value.trim();
    if (trimmed.length > 254 || !isEmail(trimmed)) throw new InvalidEmail(value);
    return new Email({ value: trimmed });
  }

  get value(): string {
    return this.props.value;
  }

  /** The form used for uniqueness checks. */
  get normalized(): string {
    return this.props.value.toLowerCase();
  }

  override equals(other: Email | null | undefined): boolean {
    return !!other && other.normalized === this.normalized;
  }

  override toString(): string {
    return this.props.value;
  }
}
