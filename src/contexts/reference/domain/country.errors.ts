import { DomainError } from '@promenade/ddd';

export class CountryNotFound extends DomainError {
  readonly code = 'COUNTRY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(code: string) {
    super(`country ${code} does not exist`);
  }
}

export class CountryAlreadyActive extends DomainError {
  readonly code = 'COUNTRY_ALREADY_ACTIVE';
  readonly kind = 'conflict';
  constructor(code: string) {
    super(`country ${code} is already active`);
  }
}

export class CountryAlreadyInactive extends DomainError {
  readonly code = 'COUNTRY_ALREADY_INACTIVE';
  readonly kind = 'conflict';
  constructor(code: string) {
    super(`country ${code} is already inactive`);
  }
}
