import { domainError } from '@promenade/ddd';

export class SessionNotFound extends domainError('SESSION_NOT_FOUND', 'not_found') {
  constructor(id: string) {
    super(`session ${id} does not exist`);
  }
}
