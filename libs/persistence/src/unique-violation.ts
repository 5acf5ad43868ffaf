import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for unique_violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * The name of the unique constraint or index a failed query violated, or undefined when the error is
 * anything else. Repositories check their rules on what they read; a request that raced them past
 * that check is stopped by the index, and this says which one so they can answer with a domain error.
 */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, constraint } = error.driverError as { code?: unknown; constraint?: unknown };
  if (code !== UNIQUE_VIOLATION) return undefined;
  // PostgreSQL always names it; '' only if some driver does not (still a violation: compare with undefined).
  return typeof constraint === 'string' ? constraint : '';
}
