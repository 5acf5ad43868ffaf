import { isEmail } from 'class-validator';
import { domainError } from './domain-error';
import { ValueObject } from './value-object';

/** How much of a refused input the message repeats: enough to recognise it, never a whole oversized payload. */
const ECHOED_LENGTH = 64;
const MAX_LENGTH = 254;

export class InvalidEmail extends domainError('EMAIL_INVALID', 'invalid') {
  constructor(value: string) {
    const echoed = value.length > ECHOED_LENGTH ? `${value.slice(0, ECHOED_LENGTH)}…` : value;
    super(`"${echoed}" is not a valid email address`);
  }
}

/**
 * The one normal form of email text, for whole addresses and for search fragments alike: Unicode NFC,
 * then `String.prototype.toLowerCase()` (Unicode's default full lower-casing: locale-independent, `İ` becomes
 * `i̇`, `ẞ` becomes `ß`, a word-final `Σ` becomes `ς`; no case folding, so `ß` never equals `ss`), then NFC again
 * (lower-casing may decompose). Computed here only: the database compares stored normal forms byte for byte,
 * never with its own `lower()`, whose rules depend on the server's collation and disagree with these.
 */
export function normalizeEmailText(text: string): string {
  return text.normalize('NFC').toLowerCase().normalize('NFC');
}

/**
 * An email address, trimmed and in NFC, as typed otherwise; `normalized` is the form it is stored, found and
 * compared by (case-insensitively, because mail providers treat addresses so in practice).
 */
export class Email extends ValueObject<{ value: string; normalized: string }> {
  static of(value: string): Email {
    const typed = value.trim().normalize('NFC');
    const normalized = normalizeEmailText(typed);
    // Both forms must be valid and fit, since either may be stored and read back.
    if ([typed, normalized].some((form) => form.length > MAX_LENGTH || !isEmail(form))) throw new InvalidEmail(value);
    return new Email({ value: typed, normalized });
  }

  get value(): string {
    return this.props.value;
  }

  /** The form used for storage, lookups and uniqueness. */
  get normalized(): string {
    return this.props.normalized;
  }

  override equals(other: Email | null | undefined): boolean {
    return !!other && other.normalized === this.normalized;
  }

  override toString(): string {
    return this.props.value;
  }
}
