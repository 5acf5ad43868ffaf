import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { aMonthlyPlan, aStartedSubscription, CUSTOMER, OTHER_CUSTOMER } from '../testing/subscription-fixtures';
import { GetSubscription } from './get-subscription.query';
import { GetSubscriptionHandler } from './get-subscription.handler';

describe('GetSubscriptionHandler', () => {
  const stored = aStartedSubscription(aMonthlyPlan(), new Date('2026-01-31T10:00:00.000Z'));
  const handler = new GetSubscriptionHandler(new InMemorySubscriptionRepository().seed(stored));

  it('answers the stored subscription, to its customer or to anyone unscoped', async () => {
    expect((await handler.execute(new GetSubscription(stored.id))).snapshot()).toEqual(stored.snapshot());
    expect((await handler.execute(new GetSubscription(stored.id, CUSTOMER))).id).toBe(stored.id);
  });

  it("refuses an unknown id, and another customer's subscription, with SUBSCRIPTION_NOT_FOUND", async () => {
    await expect(handler.execute(new GetSubscription('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
    await expect(handler.execute(new GetSubscription(stored.id, OTHER_CUSTOMER))).rejects.toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
  });
});
