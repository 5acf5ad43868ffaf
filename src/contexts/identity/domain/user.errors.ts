import { DomainError } from '@promenade/ddd';

export class UserNotFound extends DomainError {
  readonly code = 'USER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`user ${id} does not exist`);
  }
}
