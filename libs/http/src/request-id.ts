import { IncomingMessage } from 'node:http';
import { newId } from '@promenade/ddd';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept when it is a short token (safe in logs); otherwise a new UUIDv7 is minted. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : newId();
}
