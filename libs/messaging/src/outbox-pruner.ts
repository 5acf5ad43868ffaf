import { Injectable } from '@nestjs/common';
import { AppConfig } from '@promenade/config';
import { PeriodicPruner } from '@promenade/persistence';
import { DataSource } from 'typeorm';

/** Deletes sent outbox rows a retention after they were sent, or after they were due if scheduled later, and old inbox rows. */
@Injectable()
export class OutboxPruner extends PeriodicPruner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    super('sent outbox and old inbox rows');
  }

  async prune(): Promise<number> {
    // Spelled out rather than greatest(sent_at, deliver_at), so it reads the outbox_sent_at index.
    const [, outbox] = await this.dataSource.query(
      `DELETE FROM messaging.outbox WHERE sent_at < now() - make_interval(hours => $1)
         AND (deliver_at IS NULL OR deliver_at < now() - make_interval(hours => $1))`,
      [this.config.OUTBOX_RETENTION_HOURS],
    );
    const [, inbox] = await this.dataSource.query(`DELETE FROM messaging.inbox WHERE processed_at < now() - make_interval(hours => $1)`, [
      this.config.INBOX_RETENTION_HOURS,
    ]);
    return Number(outbox) + Number(inbox);
  }
}
