import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { CreateSubscription } from './create-subscription.command';

@CommandHandler(CreateSubscription)
export class CreateSubscriptionHandler implements ICommandHandler<CreateSubscription, string> {
  constructor(@Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository) {}

  async execute(_command: CreateSubscription): Promise<string> {
    const subscription = Subscription.create();
    await this.subscriptions.save(subscription);
    return subscription.id;
  }
}
