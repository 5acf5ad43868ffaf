import { Command } from '@nestjs/cqrs';

/**
 * Retry `attempt` of a past-due subscription's dunning schedule: charges its open invoice again. Does nothing to one
 * that is no longer past due, already past that retry, or before the retry's day.
 */
export class RetrySubscriptionCharge extends Command<void> {
  constructor(
    readonly subscriptionId: string,
    readonly attempt: number,
  ) {
    super();
  }
}
