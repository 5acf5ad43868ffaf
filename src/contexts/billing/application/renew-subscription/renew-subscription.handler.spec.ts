import { SubscriptionRenewed } from '../../domain/events/subscription-renewed.event';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { RenewSubscription } from './renew-subscription.command';
import { RenewSubscriptionHandler } from './renew-subscription.handler';

describe('RenewSubscriptionHandler', () => {
  const stored = () =>
    Subscription.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the subscription with SubscriptionRenewed raised', async () => {
    const subscription = stored();
    const repository = new InMemorySubscriptionRepository().seed(subscription);
    await new RenewSubscriptionHandler(repository).execute(new RenewSubscription(subscription.id));
    expect(repository.stored(subscription.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(SubscriptionRenewed);
    expect(event.metadata.aggregateId).toBe(subscription.id);
  });

  it('refuses an unknown id with SUBSCRIPTION_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemorySubscriptionRepository();
    await expect(
      new RenewSubscriptionHandler(repository).execute(new RenewSubscription('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
