/** Socket failures: the server is down, restarting, or unreachable (ENOTFOUND: its container's name is gone from DNS meanwhile). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * SQLSTATEs of a server that cannot serve now: the connection exceptions (08000, 08001 cannot establish, 08003 does not
 * exist, 08004 rejected, 08006 failure; not 08P01, a protocol violation, which is a bug), 53300 too many connections
 * (instances reconnecting at once after a restart), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now.
 */
const UNAVAILABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '53300', '57P01', '57P02', '57P03']);
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
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code)) return true;
    if (typeof current.name === 'string' && RELEASED_RUNNER_ERRORS.has(current.name)) return true;
    if (typeof current.message === 'string' && UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}
