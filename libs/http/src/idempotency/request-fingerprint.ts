import { createHash } from 'node:crypto';

/**
 * What makes two requests "the same" for a key: method, target (path and query as sent) and the body
 * as JSON with its object keys sorted, so a client that re-serialises the same body in another key
 * order still matches. The parser has bounded the body's depth, so stringifying it cannot run away.
 */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  const canonicalBody = JSON.stringify(body ?? null, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(byKey)) : value,
  );
  return createHash('sha256')
    .update(JSON.stringify([method, url, canonicalBody]))
    .digest('hex');
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
