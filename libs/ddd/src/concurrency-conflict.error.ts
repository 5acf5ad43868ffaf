import { domainError } from './domain-error';

/**
 * Someone else saved the aggregate since it was read: the caller should re-read and retry. Part of the
 * kernel, beside the version it guards, so use cases and every repository (the TypeORM adapter, the
 * in-memory one tests use) raise and recognise the same error.
 */
export class ConcurrencyConflict extends domainError('CONCURRENCY_CONFLICT', 'conflict') {
  constructor(aggregate: string, id: string, expectedVersion: number) {
    super(`${aggregate} ${id} was changed by another request (expected version ${expectedVersion}); read it again and retry`);
  }
}
