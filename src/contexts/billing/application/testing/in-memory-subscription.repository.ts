import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Subscription, SubscriptionState } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionRepository } from '../../domain/subscription/subscription.repository';

/** A unit-test stand-in for the subscription store: the port's queries over the shared in-memory repository. */
export class InMemorySubscriptionRepository
  extends InMemoryAggregateRepository<Subscription, SubscriptionState>
  implements SubscriptionRepository
{
  constructor() {
    super(Subscription.restore);
  }

  async getById(id: string): Promise<Subscription> {
    const stored = this.stored(id);
    if (!stored) throw new SubscriptionNotFound(id);
    return stored;
  }
}
