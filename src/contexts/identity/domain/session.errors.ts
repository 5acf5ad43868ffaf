import { DomainError } from '@promenade/ddd';

export class SessionNotFound extends DomainError {
  readonly code = 'SESSION_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`session ${id} does not exist`);
  }
}
