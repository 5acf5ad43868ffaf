import { WebhookEvent } from '../../domain/payment/payment-provider';
import { WebhookEventLog } from '../../domain/payment/webhook-event-log';

/** A unit-test stand-in for billing.webhook_events. */
export class InMemoryPaymentWebhookLog implements WebhookEventLog {
  readonly recorded = new Set<string>();

  async recordFirst(provider: string, event: WebhookEvent): Promise<boolean> {
    const key = `${provider}\n${event.id}`;
    if (this.recorded.has(key)) return false;
    this.recorded.add(key);
    return true;
  }
}
