import { Command } from '@nestjs/cqrs';

/** Cancels a subscription at once (no proration) or at the end of its current period. */
export class CancelSubscription extends Command<void> {
  constructor(
    readonly subscriptionId: string,
    readonly atPeriodEnd: boolean,
    /** Only this customer's subscriptions are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
