/** Socket failures: the server is down, restarting, or unreachable. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** SQLSTATE 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down); class 08 is a connection exception. */
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;
/** What node-postgres and its pool say when a connection breaks or cannot be had in time. */
const UNAVAILABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** TypeORM's refusal to go on with a transaction whose connection node-postgres already dropped. */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * True when `error` means the database could not be reached or dropped the connection (rather than refusing the statement):
 * the request may succeed if sent again shortly, so it is answered 503, never 500. Looks through TypeORM's `driverError` and
 * `cause` wrappers.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error as { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const code = typeof current.code === 'string' ? current.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code)) return true;
    if (typeof current.name === 'string' && RELEASED_RUNNER_ERRORS.has(current.name)) return true;
    if (typeof current.message === 'string' && UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}
