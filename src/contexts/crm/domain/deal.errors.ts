import { DomainError } from '@promenade/ddd';

export class DealNotFound extends DomainError {
  readonly code = 'DEAL_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`deal ${id} does not exist`);
  }
}
