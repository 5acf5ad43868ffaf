import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Subscription, SubscriptionState } from '../../domain/subscription/subscription.aggregate';
import { LIVE_SUBSCRIPTION_STATUSES } from '../../domain/subscription/subscription-status';
import { SubscriptionAlreadyExists, SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionFilter, SubscriptionRepository } from '../../domain/subscription/subscription.repository';

/** A unit-test stand-in for the subscription store: the port's queries over the shared in-memory repository. */
export class InMemorySubscriptionRepository
  extends InMemoryAggregateRepository<Subscription, SubscriptionState>
  implements SubscriptionRepository
{
  constructor() {
    super(Subscription.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Subscription> {
    const stored = this.stored(id);
    if (!stored || (ownerId !== undefined && stored.customerId !== ownerId)) throw new SubscriptionNotFound(id);
    return stored;
  }

  async findPage(filter: SubscriptionFilter, offset: number, limit: number): Promise<{ items: Subscription[]; total: number }> {
    const matches = this.all().filter(
      (s) =>
        (filter.customerId ?? s.customerId) === s.customerId &&
        (filter.status ?? s.status) === s.status &&
        (filter.planCode ?? s.planCode) === s.planCode,
    );
    return this.pageOf(matches, offset, limit, (a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  async findLive(customerId: string, planCode: string): Promise<Subscription | null> {
    const live = (s: Subscription) =>
      s.customerId === customerId && s.planCode === planCode && LIVE_SUBSCRIPTION_STATUSES.includes(s.status);
    return this.all().find(live) ?? null;
  }

  /** As the table's partial unique index: one subscription per customer and plan that has not ended. */
  override async save(subscription: Subscription): Promise<void> {
    const live = LIVE_SUBSCRIPTION_STATUSES.includes(subscription.status);
    const other = live ? await this.findLive(subscription.customerId, subscription.planCode) : null;
    if (other && other.id !== subscription.id) throw new SubscriptionAlreadyExists(subscription.customerId, subscription.planCode);
    await super.save(subscription);
  }
}
