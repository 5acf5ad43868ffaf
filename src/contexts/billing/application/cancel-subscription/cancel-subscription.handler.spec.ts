import { ManualClock } from '@promenade/ddd';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { InMemorySubscriptionRepository } from '../testing/in-memory-subscription.repository';
import { aMonthlyPlan, aStartedSubscription, CUSTOMER, OTHER_CUSTOMER } from '../testing/subscription-fixtures';
import { CancelSubscription } from './cancel-subscription.command';
import { CancelSubscriptionHandler } from './cancel-subscription.handler';

describe('CancelSubscriptionHandler', () => {
  const clock = new ManualClock('2026-02-10T08:00:00.000Z');
  let subscriptions: InMemorySubscriptionRepository;
  let handler: CancelSubscriptionHandler;
  let subscription: Subscription;

  beforeEach(() => {
    subscriptions = new InMemorySubscriptionRepository();
    handler = new CancelSubscriptionHandler(subscriptions, clock);
    subscription = aStartedSubscription(aMonthlyPlan(), new Date('2026-01-31T10:00:00.000Z'));
    subscriptions.seed(subscription);
  });

  it("cancels the caller's own subscription at once, at the clock time, announcing it", async () => {
    await handler.execute(new CancelSubscription(subscription.id, false, CUSTOMER));

    expect(await subscriptions.getById(subscription.id)).toMatchObject({ status: 'canceled', canceledAt: clock.now(), version: 2 });
    expect(subscriptions.published.map((event) => event.eventName)).toEqual(['billing.subscription-canceled']);
  });

  it('marks it to end at its period end, once: asking again saves nothing', async () => {
    await handler.execute(new CancelSubscription(subscription.id, true));
    await handler.execute(new CancelSubscription(subscription.id, true));

    expect(await subscriptions.getById(subscription.id)).toMatchObject({ status: 'active', cancelAtPeriodEnd: true, version: 2 });
  });

  it("refuses another customer's subscription with SUBSCRIPTION_NOT_FOUND, as if it did not exist", async () => {
    await expect(handler.execute(new CancelSubscription(subscription.id, false, OTHER_CUSTOMER))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_FOUND',
    });
    expect((await subscriptions.getById(subscription.id)).status).toBe('active');
  });

  it('refuses one already canceled with SUBSCRIPTION_NOT_CANCELABLE', async () => {
    await handler.execute(new CancelSubscription(subscription.id, false));

    await expect(handler.execute(new CancelSubscription(subscription.id, true))).rejects.toMatchObject({
      code: 'SUBSCRIPTION_NOT_CANCELABLE',
    });
  });
});
