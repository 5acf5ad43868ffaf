import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { SubscriptionCharges } from '../subscription-charges/subscription-charges';
import { RetrySubscriptionCharge } from './retry-subscription-charge.command';

@CommandHandler(RetrySubscriptionCharge)
export class RetrySubscriptionChargeHandler implements ICommandHandler<RetrySubscriptionCharge, void> {
  private readonly logger = new Logger(RetrySubscriptionChargeHandler.name);

  constructor(
    @Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository,
    private readonly charges: SubscriptionCharges,
    private readonly clock: Clock,
  ) {}

  async execute({ subscriptionId, attempt }: RetrySubscriptionCharge): Promise<void> {
    const subscription = await this.subscriptions.getById(subscriptionId);
    const now = this.clock.now();
    const invoiceId = subscription.latestInvoiceId;
    if (!subscription.isRetryDue(attempt, this.charges.dunning, now) || invoiceId === null) {
      this.logger.log(
        `subscription ${subscriptionId} is ${subscription.status} (retries made: ${subscription.dunningAttempt}): retry ${attempt} does not apply`,
      );
      return;
    }
    await this.charges.charge(subscription, invoiceId, now);
    await this.subscriptions.save(subscription);
  }
}
