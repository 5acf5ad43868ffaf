import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookRejected } from '../../domain/payment/payment-provider';

/** `Promenade-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` (Stripe's scheme, our name). */
export const SIGNATURE_HEADER = 'Promenade-Signature';
/** A webhook signed longer ago than this is refused: a captured one cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/** The header value that signs `rawBody` at `at`. */
export function signatureFor(secret: string, rawBody: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody)}`;
}

/**
 * Checks a signature header against the exact body received: one `t`, at least one `v1` (several while a secret is
 * rotated), the timestamp within SIGNATURE_TOLERANCE_SECONDS of now either way. Throws WebhookRejected.
 */
export function verifySignature(secret: string, header: string | string[] | undefined, rawBody: string, now: Date): void {
  if (typeof header !== 'string') throw new WebhookRejected(SIGNATURE_HEADER, `one ${SIGNATURE_HEADER} header is required`);
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([name]) => name === 't').map(([, value]) => value);
  const signatures = parts.filter(([name, value]) => name === 'v1' && /^[0-9a-f]{64}$/.test(value ?? '')).map(([, value]) => value);
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0]) || signatures.length === 0)
    throw new WebhookRejected(SIGNATURE_HEADER, `${SIGNATURE_HEADER} must be t=<unix seconds>,v1=<hex HMAC-SHA256>`);
  const timestamp = Number(timestamps[0]);
  const expected = Buffer.from(hmac(secret, timestamp, rawBody), 'hex');
  if (!signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected)))
    throw new WebhookRejected(SIGNATURE_HEADER, 'the signature does not match the body');
  // Checked after the signature, so the message never tells a forger which timestamps would pass.
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    throw new WebhookRejected(SIGNATURE_HEADER, `the signature is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds old`);
}
