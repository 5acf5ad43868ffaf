import { Command } from '@nestjs/cqrs';

/**
 * The period (or trial) ending at `periodEnd` is over: cancel a subscription asked to end then, else invoice and charge
 * its next period. Does nothing to one that moved on (another period, past due, ended) or before `periodEnd`.
 */
export class RenewSubscription extends Command<void> {
  constructor(
    readonly subscriptionId: string,
    readonly periodEnd: Date,
  ) {
    super();
  }
}
