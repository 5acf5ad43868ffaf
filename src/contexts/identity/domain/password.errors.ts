import { DomainError } from '@promenade/ddd';

export class PasswordTooShort extends DomainError {
  readonly code = 'PASSWORD_TOO_SHORT';
  readonly kind = 'invalid';
  constructor(minimum: number) {
    super(`a password needs at least ${minimum} characters`);
  }
}

export class PasswordTooLong extends DomainError {
  readonly code = 'PASSWORD_TOO_LONG';
  readonly kind = 'invalid';
  constructor(maximum: number) {
    super(`a password may have at most ${maximum} characters`);
  }
}

export class PasswordTooCommon extends DomainError {
  readonly code = 'PASSWORD_TOO_COMMON';
  readonly kind = 'invalid';
  constructor() {
    super('this password is among the most common ones and would be guessed first; choose another');
  }
}
