import { DomainError } from '@promenade/ddd';

export class CurrencyNotFound extends DomainError {
  readonly code = 'CURRENCY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(code: string) {
    super(`currency ${code} does not exist`);
  }
}

export class CurrencyAlreadyActive extends DomainError {
  readonly code = 'CURRENCY_ALREADY_ACTIVE';
  readonly kind = 'conflict';
  constructor(code: string) {
    super(`currency ${code} is already active`);
  }
}

export class CurrencyAlreadyInactive extends DomainError {
  readonly code = 'CURRENCY_ALREADY_INACTIVE';
  readonly kind = 'conflict';
  constructor(code: string) {
    super(`currency ${code} is already inactive`);
  }
}
