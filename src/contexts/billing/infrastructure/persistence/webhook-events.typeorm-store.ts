import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@promenade/persistence';
import { WebhookEvent } from '../../domain/payment/payment-provider';
import { WebhookEventLog } from '../../domain/payment/webhook-event-log';

/** billing.webhook_events: one row per (provider, event id), written in the transaction that acts on the event. */
@Injectable()
export class WebhookEventsTypeOrmStore implements WebhookEventLog {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * A concurrent insert of the same key waits for the first transaction: after its commit this one inserts
   * nothing (a replay), after its rollback this one inserts (the event was never acted on).
   */
  async recordFirst(provider: string, event: WebhookEvent): Promise<boolean> {
    const inserted: unknown[] = await this.uow.manager.query(
      `INSERT INTO billing.webhook_events (provider, event_id, type) VALUES ($1, $2, $3)
       ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id`,
      [provider, event.id, event.type],
    );
    return inserted.length === 1;
  }
}
