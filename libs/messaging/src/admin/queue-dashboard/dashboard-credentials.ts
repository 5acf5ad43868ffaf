import { IncomingHttpHeaders } from 'node:http';
import { bearerToken } from '@promenade/auth';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard-route';

/** The cookie `PUT /api/v1/admin/queues/session` sets: the caller's own access token, sent back only to the dashboard. */
export const DASHBOARD_COOKIE = 'promenade_queue_dashboard';

/** A token68, the only value the cookie is ever set to. */
const TOKEN68 = /^[A-Za-z0-9\-_.~+/]+=*$/;

/** The access token a dashboard request carries: the bearer header first, else the dashboard's cookie. */
export function dashboardToken(headers: IncomingHttpHeaders): string | undefined {
  return bearerToken(headers.authorization) ?? cookieToken(headers.cookie);
}

function cookieToken(cookieHeader: string | undefined): string | undefined {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== DASHBOARD_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return TOKEN68.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * The Set-Cookie value holding `token`: gone from the browser when the token expires, unreadable by scripts, sent only
 * to the dashboard's paths and never on a request another site starts, and only over TLS when the request came over it.
 */
export function dashboardCookie(token: string, expiresAt: Date, secure: boolean, now = new Date()): string {
  const maxAge = Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));
  const attributes = [`${DASHBOARD_COOKIE}=${token}`, `Path=${QUEUE_DASHBOARD_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict'];
  return (secure ? [...attributes, 'Secure'] : attributes).join('; ');
}
