import { domainError } from '@promenade/ddd';

export class TimezoneNotFound extends domainError('TIMEZONE_NOT_FOUND', 'not_found') {
  constructor(name: string) {
    super(`time zone ${name} is neither an IANA zone nor one of its aliases`);
  }
}
