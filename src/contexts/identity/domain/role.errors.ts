import { DomainError } from '@promenade/ddd';

export class RoleNotFound extends DomainError {
  readonly code = 'ROLE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`role ${id} does not exist`);
  }
}
