import { SubscriptionCancelled } from '../../domain/events/subscription-cancelled.event';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { CancelSubscription } from './cancel-subscription.command';
import { CancelSubscriptionHandler } from './cancel-subscription.handler';

describe('CancelSubscriptionHandler', () => {
  const stored = () =>
    Subscription.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the subscription with SubscriptionCancelled raised', async () => {
    const subscription = stored();
    const repository = new InMemorySubscriptionRepository().seed(subscription);
    await new CancelSubscriptionHandler(repository).execute(new CancelSubscription(subscription.id));
    expect(repository.stored(subscription.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(SubscriptionCancelled);
    expect(event.metadata.aggregateId).toBe(subscription.id);
  });

  it('refuses an unknown id with SUBSCRIPTION_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemorySubscriptionRepository();
    await expect(
      new CancelSubscriptionHandler(repository).execute(new CancelSubscription('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
