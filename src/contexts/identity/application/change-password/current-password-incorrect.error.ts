import { DomainError } from '@promenade/ddd';

export class CurrentPasswordIncorrect extends DomainError {
  readonly code = 'CURRENT_PASSWORD_INCORRECT';
  readonly kind = 'invalid';
  constructor() {
    super('the current password is not correct');
  }
}
