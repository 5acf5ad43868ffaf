import { createHash, timingSafeEqual } from 'node:crypto';
import { domainError } from '@promenade/ddd';

/** METRICS_TOKEN is unset: the service serves no metrics. */
export class MetricsDisabled extends domainError('METRICS_DISABLED', 'not_found') {
  constructor() {
    super('Metrics are off: set METRICS_TOKEN to serve them.');
  }
}

/** No, or another, bearer token than METRICS_TOKEN. One message for both, so a caller learns nothing about why. */
export class MetricsTokenInvalid extends domainError('METRICS_TOKEN_INVALID', 'unauthenticated') {
  constructor() {
    super('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.');
  }
}

// RFC 9110 §11.1: the scheme name is case-insensitive, and one or more spaces part it from the token.
const BEARER = /^Bearer +(\S+)$/i;

/** Lets a scrape through only with `Authorization: Bearer <token>`; throws MetricsDisabled without a token to compare with. */
export function authorizeScrape(token: string | undefined, authorization: string | undefined): void {
  if (!token) throw new MetricsDisabled();
  const presented = BEARER.exec(authorization ?? '')?.[1];
  if (presented === undefined || !sameSecret(presented, token)) throw new MetricsTokenInvalid();
}

/** Compares digests of equal length, so the time taken says nothing about the token, not even how long it is. */
function sameSecret(presented: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
