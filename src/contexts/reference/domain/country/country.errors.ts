import { domainError } from '@promenade/ddd';

export class CountryNotFound extends domainError('COUNTRY_NOT_FOUND', 'not_found') {
  constructor(code: string) {
    super(`country ${code} does not exist`);
  }
}

export class CountryAlreadyActive extends domainError('COUNTRY_ALREADY_ACTIVE', 'conflict') {
  constructor(code: string) {
    super(`country ${code} is already active`);
  }
}

export class CountryAlreadyInactive extends domainError('COUNTRY_ALREADY_INACTIVE', 'conflict') {
  constructor(code: string) {
    super(`country ${code} is already inactive`);
  }
}
