import { SubscriptionStarted } from '../../domain/events/subscription-started.event';
import { Subscription } from '../../domain/subscription/subscription.aggregate';
import { aMonthlyPlan, CUSTOMER, PAYMENT_METHOD } from '../testing/subscription-fixtures';
import { PublishSubscriptionStarted } from './publish-subscription-started';

const START = new Date('2026-01-31T10:00:00.000Z');

describe('PublishSubscriptionStarted', () => {
  it('gives other contexts every field of billing.subscription-started, as a subscription started with a trial raised it', () => {
    const subscription = Subscription.start(CUSTOMER, aMonthlyPlan(14), PAYMENT_METHOD, START);
    const event = subscription.pullEvents().find((raised): raised is SubscriptionStarted => raised instanceof SubscriptionStarted);

    expect(event).toBeDefined();
    expect(new PublishSubscriptionStarted().toContract(event as SubscriptionStarted)).toEqual(event?.payload);
  });
});
