import { domainError } from '@promenade/ddd';

export class PasswordTooShort extends domainError('PASSWORD_TOO_SHORT', 'invalid') {
  constructor(minimum: number) {
    super(`a password needs at least ${minimum} characters`);
  }
}

export class PasswordTooLong extends domainError('PASSWORD_TOO_LONG', 'invalid') {
  constructor(maximum: number) {
    super(`a password may have at most ${maximum} characters`);
  }
}

export class PasswordTooCommon extends domainError('PASSWORD_TOO_COMMON', 'invalid') {
  constructor() {
    super('this password is among the most common ones and would be guessed first; choose another');
  }
}
