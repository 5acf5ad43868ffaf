import { domainError } from '@promenade/ddd';

/**
 * The one answer to every failed login or refresh: wrong password, unknown email, locked, suspended
 * or banned account, spent or unknown refresh token. The same body for all, so nothing is learned.
 */
export class InvalidCredentials extends domainError('INVALID_CREDENTIALS', 'unauthenticated') {
  constructor() {
    super('The credentials are not valid, or this account cannot sign in now.');
  }
}
