import { DomainError } from '@promenade/ddd';

export class ExistingAccountPasswordMismatch extends DomainError {
  readonly code = 'ADMIN_PASSWORD_MISMATCH';
  readonly kind = 'invalid';
  constructor() {
    super('an account with this email exists and the password given is not its password: nothing was changed');
  }
}
