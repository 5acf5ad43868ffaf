import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { CancelSubscription } from './cancel-subscription.command';

@CommandHandler(CancelSubscription)
export class CancelSubscriptionHandler implements ICommandHandler<CancelSubscription, void> {
  constructor(@Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository) {}

  async execute({ subscriptionId }: CancelSubscription): Promise<void> {
    const subscription = await this.subscriptions.getById(subscriptionId);
    subscription.cancel();
    await this.subscriptions.save(subscription);
  }
}
