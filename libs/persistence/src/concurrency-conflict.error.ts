import { DomainError } from '@promenade/ddd';

/** Someone else saved the aggregate since it was read: the caller should re-read and retry. */
export class ConcurrencyConflict extends DomainError {
  readonly code = 'CONCURRENCY_CONFLICT';
  readonly kind = 'conflict';
  constructor(aggregate: string, id: string, expectedVersion: number) {
    super(`${aggregate} ${id} was changed by another request (expected version ${expectedVersion}); read it again and retry`);
  }
}
