/**
 * How a broken rule should be understood by the edges (HTTP maps each to a status):
 * - `not_found`: the thing addressed does not exist;
 * - `conflict`: the request is valid but clashes with the current state (an illegal transition, a lost update);
 * - `invalid`: the request breaks a business rule whatever the state (a line in another currency);
 * - `unauthenticated`: the caller could not be identified (no, or a bad, credential);
 * - `forbidden`: the caller is known but may not do this.
 */
export type DomainErrorKind = 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'forbidden';

/** Base of every business error. `code` is stable: clients and docs rely on it. */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly kind: DomainErrorKind;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
