import { domainError } from '@promenade/ddd';

export class CurrencyNotFound extends domainError('CURRENCY_NOT_FOUND', 'not_found') {
  constructor(code: string) {
    super(`currency ${code} does not exist`);
  }
}

export class CurrencyAlreadyActive extends domainError('CURRENCY_ALREADY_ACTIVE', 'conflict') {
  constructor(code: string) {
    super(`currency ${code} is already active`);
  }
}

export class CurrencyAlreadyInactive extends domainError('CURRENCY_ALREADY_INACTIVE', 'conflict') {
  constructor(code: string) {
    super(`currency ${code} is already inactive`);
  }
}
