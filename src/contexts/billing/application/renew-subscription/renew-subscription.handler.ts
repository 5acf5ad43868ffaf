import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { RenewSubscription } from './renew-subscription.command';

@CommandHandler(RenewSubscription)
export class RenewSubscriptionHandler implements ICommandHandler<RenewSubscription, void> {
  constructor(@Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository) {}

  async execute({ subscriptionId }: RenewSubscription): Promise<void> {
    const subscription = await this.subscriptions.getById(subscriptionId);
    subscription.renew();
    await this.subscriptions.save(subscription);
  }
}
