import { createHash } from 'node:crypto';

/**
 * A provider idempotency key from the caller and their Idempotency-Key: the same request sent again (after a crash or a
 * timeout rolled back the first) asks the provider under the same key, so it answers the first charge or refund instead
 * of making a second. Hashed: the header is the client's text, of any length.
 */
export function requestKeyOf(purpose: 'payment' | 'refund' | 'subscription', callerId: string, requestKey: string): string {
  return `${purpose}-request:${createHash('sha256').update(`${callerId}\n${requestKey}`).digest('hex')}`;
}
