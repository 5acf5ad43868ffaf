import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Subscription, SubscriptionState } from '../../domain/subscription/subscription.aggregate';
import { SubscriptionNotFound } from '../../domain/subscription/subscription.errors';
import { SubscriptionRepository } from '../../domain/subscription/subscription.repository';

/** What every SubscriptionRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describeSubscriptionRepositoryContract(open: () => Promise<OpenedRepository<SubscriptionRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Subscription, SubscriptionState, SubscriptionRepository>({
    open,
    create: () => Subscription.create(),
    restore: Subscription.restore,
    load: (subscriptions, id) => subscriptions.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers SubscriptionNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(SubscriptionNotFound);
  });
}
