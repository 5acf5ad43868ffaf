import { Command } from '@nestjs/cqrs';
import { Money } from '@promenade/ddd';

/** Gives back part or all of a captured payment, and issues the credit note that documents it; answers the credit note's id. */
export class RefundPayment extends Command<string> {
  constructor(
    readonly paymentId: string,
    /**
     * The provider's idempotency key for this refund, stable across retries of one intended refund (the route: the caller
     * and their Idempotency-Key); a retry after a lost answer or a rollback is then refunded once.
     */
    readonly idempotencyKey: string,
    /** Absent: everything not yet refunded. */
    readonly amount?: Money,
    /** Why, for the credit note; absent: it names the payment only. */
    readonly reason?: string,
  ) {
    super();
  }
}
