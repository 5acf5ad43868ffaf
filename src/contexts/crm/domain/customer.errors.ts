import { DomainError } from '@promenade/ddd';

export class CustomerNotFound extends DomainError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`customer ${id} does not exist`);
  }
}
