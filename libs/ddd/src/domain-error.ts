/**
 * How a broken rule should be understood by the edges (HTTP maps each to a status):
 * - `not_found`: the thing addressed does not exist;
 * - `conflict`: the request is valid but clashes with the current state (an illegal transition, a lost update);
 * - `invalid`: the request breaks a business rule whatever the state (a line in another currency);
 * - `unauthenticated`: the caller could not be identified (no, or a bad, credential);
 * - `forbidden`: the caller is known but may not do this.
 */
export type DomainErrorKind = 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'forbidden';

/** The class side of a business error: its code and kind are known without raising it, so routes can document it. */
export interface DomainErrorClass {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly name: string;
  prototype: DomainError;
}

/**
 * Base of every business error. `code` is stable: clients and docs rely on it. Both live on the class
 * (declare them with `domainError`); the instance getters read them for whoever holds a raised error.
 */
export abstract class DomainError extends Error {
  declare static readonly code: string;
  declare static readonly kind: DomainErrorKind;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }

  get code(): string {
    return (this.constructor as typeof DomainError).code;
  }

  get kind(): DomainErrorKind {
    return (this.constructor as typeof DomainError).kind;
  }

  /**
   * Facts a client acts on beyond the code and the message (the short lines of a refused reservation, say): the
   * edges add them to the answer (RFC 9457 extension members). Plain JSON; none by default.
   */
  get extensions(): Readonly<Record<string, unknown>> | undefined {
    return undefined;
  }
}

/** The base of one business error, with its code and kind: `class OrderNotFound extends domainError('ORDER_NOT_FOUND', 'not_found')`. */
export function domainError(code: string, kind: DomainErrorKind) {
  abstract class CodedDomainError extends DomainError {
    static override readonly code = code;
    static override readonly kind = kind;
  }
  return CodedDomainError;
}
