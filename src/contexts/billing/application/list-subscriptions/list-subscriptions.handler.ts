import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SUBSCRIPTION_REPOSITORY, SubscriptionRepository } from '../../domain/subscription/subscription.repository';
import { ListSubscriptions } from './list-subscriptions.query';

@QueryHandler(ListSubscriptions)
export class ListSubscriptionsHandler implements IQueryHandler<ListSubscriptions, Page<Subscription>> {
  constructor(@Inject(SUBSCRIPTION_REPOSITORY) private readonly subscriptions: SubscriptionRepository) {}

  async execute({ filter, page, limit, ownerId }: ListSubscriptions): Promise<Page<Subscription>> {
    // The owner scope wins over the filter: a caller limited to one customer never lists another's.
    const scoped = { ...filter, customerId: ownerId ?? filter.customerId };
    const { items, total } = await this.subscriptions.findPage(scoped, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
