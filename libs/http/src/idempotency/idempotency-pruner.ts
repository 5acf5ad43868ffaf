import { Injectable } from '@nestjs/common';
import { PeriodicPruner } from '@promenade/persistence';
import { IdempotencyStore } from './idempotency.store';

/** Deletes keys past IDEMPOTENCY_KEY_TTL_HOURS (lookups already ignore them; this keeps the table small). */
@Injectable()
export class IdempotencyPruner extends PeriodicPruner {
  constructor(private readonly store: IdempotencyStore) {
    super('expired idempotency keys');
  }

  prune(): Promise<number> {
    return this.store.prune();
  }
}
