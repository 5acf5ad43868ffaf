import { DomainError } from '@promenade/ddd';

/** A save lost to a concurrent one (the persistence library's ConcurrencyConflict, known here only by its code). */
export function isConcurrencyConflict(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'CONCURRENCY_CONFLICT';
}
