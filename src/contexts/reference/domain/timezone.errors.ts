import { DomainError } from '@promenade/ddd';

export class TimezoneNotFound extends DomainError {
  readonly code = 'TIMEZONE_NOT_FOUND';
  readonly kind = 'not_found';
  constructor(name: string) {
    super(`time zone ${name} is neither an IANA zone nor one of its aliases`);
  }
}
