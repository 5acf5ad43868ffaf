import { DomainError } from '@promenade/ddd';

export class CurrencyNotFound extends DomainError {
  readonly code = 'CURRENCY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`currency ${id} does not exist`);
  }
}
