import { DomainError } from '@promenade/ddd';

export class InteractionNotFound extends DomainError {
  readonly code = 'INTERACTION_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`interaction ${id} does not exist`);
  }
}
