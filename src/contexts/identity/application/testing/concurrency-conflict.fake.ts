import { domainError } from '@promenade/ddd';

/** What the persistence library throws when another request saved the aggregate first (application code knows it by its code). */
export class ConcurrencyConflictFake extends domainError('CONCURRENCY_CONFLICT', 'conflict') {
  constructor() {
    super('another request saved it first');
  }
}
