import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionFilter } from '../../domain/subscription/subscription.repository';

/** Subscriptions, newest first. */
export class ListSubscriptions extends Query<Page<Subscription>> {
  constructor(
    readonly filter: SubscriptionFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this customer's subscriptions are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
