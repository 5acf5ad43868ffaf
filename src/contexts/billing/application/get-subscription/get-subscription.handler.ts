import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { GetSubscription } from './get-subscription.query';

@QueryHandler(GetSubscription)
export class GetSubscriptionHandler implements IQueryHandler<GetSubscription, Subscription> {
  constructor(@Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository) {}

  execute({ subscriptionId, ownerId }: GetSubscription): Promise<Subscription> {
    return this.subscriptions.getById(subscriptionId, ownerId);
  }
}
