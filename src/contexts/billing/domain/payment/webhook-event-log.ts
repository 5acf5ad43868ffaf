import { WebhookEvent } from './payment-provider';

export const WEBHOOK_EVENT_LOG = Symbol('WebhookEventLog');

/** The provider events already acted on: each is acted on once, however often the provider sends it. */
export interface WebhookEventLog {
  /** Records the event in the current transaction; answers false when it was recorded before (a replay). */
  recordFirst(provider: string, event: WebhookEvent): Promise<boolean>;
}
