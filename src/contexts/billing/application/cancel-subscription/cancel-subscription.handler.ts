import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@promenade/ddd';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { CancelSubscription } from './cancel-subscription.command';

@CommandHandler(CancelSubscription)
export class CancelSubscriptionHandler implements ICommandHandler<CancelSubscription, void> {
  constructor(
    @Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ subscriptionId, atPeriodEnd, ownerId }: CancelSubscription): Promise<void> {
    const subscription = await this.subscriptions.getById(subscriptionId, ownerId);
    if (subscription.cancel(atPeriodEnd, this.clock.now())) await this.subscriptions.save(subscription);
  }
}
