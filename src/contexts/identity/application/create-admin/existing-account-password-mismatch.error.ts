import { domainError } from '@promenade/ddd';

export class ExistingAccountPasswordMismatch extends domainError('ADMIN_PASSWORD_MISMATCH', 'invalid') {
  constructor() {
    super('an account with this email exists and the password given is not its password: nothing was changed');
  }
}
