import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { GetSubscription } from './get-subscription.query';
import { GetSubscriptionHandler } from './get-subscription.handler';

describe('GetSubscriptionHandler', () => {
  const stored = Subscription.restore({
    id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const handler = new GetSubscriptionHandler(new InMemorySubscriptionRepository().seed(stored));

  it('answers the stored subscription', async () => {
    expect((await handler.execute(new GetSubscription(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with SUBSCRIPTION_NOT_FOUND', async () => {
    await expect(handler.execute(new GetSubscription('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
  });
});
