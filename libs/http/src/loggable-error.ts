/** The parts of an unexpected error that go to the logs. */
export interface LoggableError {
  name: string;
  message: string;
  stack?: string;
  /** A driver's error code, e.g. PostgreSQL's SQLSTATE. */
  code?: string;
  /** The constraint a database error names. */
  constraint?: string;
  cause?: LoggableError;
}

const MAX_CAUSES = 3;

/**
 * An error reduced to what helps find the fault. Anything else stays out: a failed query carries its
 * SQL and the values bound to it (an email, a password hash), and those must never reach the logs.
 */
export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    ...(error.cause !== undefined && depth < MAX_CAUSES ? { cause: loggableError(error.cause, depth + 1) } : {}),
  };
}
