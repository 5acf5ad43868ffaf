import { DomainError } from '@promenade/ddd';

export class CountryNotFound extends DomainError {
  readonly code = 'COUNTRY_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(id: string) {
    super(`country ${id} does not exist`);
  }
}
