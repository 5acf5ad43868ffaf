import { SubscriptionCanceled } from '../../domain/events/subscription-canceled.event';
import { aMonthlyPlan, aStartedSubscription } from '../testing/subscription-fixtures';
import { PublishSubscriptionCanceled } from './publish-subscription-canceled';

const START = new Date('2026-01-31T10:00:00.000Z');
const LATER = new Date('2026-03-01T10:00:00.000Z');

describe('PublishSubscriptionCanceled', () => {
  it('gives other contexts every field of billing.subscription-canceled, as a cancellation raised it', () => {
    const subscription = aStartedSubscription(aMonthlyPlan(), START);
    subscription.cancel(false, LATER);
    const event = subscription.pullEvents().find((raised): raised is SubscriptionCanceled => raised instanceof SubscriptionCanceled);

    expect(event).toBeDefined();
    expect(new PublishSubscriptionCanceled().toContract(event as SubscriptionCanceled)).toEqual(event?.payload);
  });
});
