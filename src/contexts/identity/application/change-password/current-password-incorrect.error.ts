import { domainError } from '@promenade/ddd';

export class CurrentPasswordIncorrect extends domainError('CURRENT_PASSWORD_INCORRECT', 'invalid') {
  constructor() {
    super('the current password is not correct');
  }
}
