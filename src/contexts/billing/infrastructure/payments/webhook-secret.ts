import { randomBytes } from 'node:crypto';
import { AppConfig } from '@promenade/config';

export const WEBHOOK_SECRET = Symbol('PaymentWebhookSecret');

/** PAYMENT_WEBHOOK_SECRET, or for the sandbox without one a random key of this process: no one outside can sign with it. */
export function webhookSecretOf(config: AppConfig): string {
  return config.PAYMENT_WEBHOOK_SECRET ?? randomBytes(32).toString('hex');
}
