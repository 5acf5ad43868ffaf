import { DomainError } from '@promenade/ddd';

export class ProfileNotFound extends DomainError {
  readonly code = 'PROFILE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`profile ${id} does not exist`);
  }
}
