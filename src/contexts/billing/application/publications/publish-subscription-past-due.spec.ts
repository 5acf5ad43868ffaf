import { SubscriptionPastDue } from '../../domain/events/subscription-past-due.event';
import { aMonthlyPlan, aStartedSubscription, DEFAULT_DUNNING } from '../testing/subscription-fixtures';
import { PublishSubscriptionPastDue } from './publish-subscription-past-due';

const START = new Date('2026-01-31T10:00:00.000Z');
const LATER = new Date('2026-03-01T10:00:00.000Z');

describe('PublishSubscriptionPastDue', () => {
  it('gives other contexts every field of billing.subscription-past-due, as a failed renewal charge raised it', () => {
    const subscription = aStartedSubscription(aMonthlyPlan(), START);
    subscription.renewIfDue(subscription.currentPeriodEnd, 'month', LATER);
    subscription.settleCharge('0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa', false, DEFAULT_DUNNING, LATER);
    const event = subscription.pullEvents().find((raised): raised is SubscriptionPastDue => raised instanceof SubscriptionPastDue);

    expect(event).toBeDefined();
    expect(new PublishSubscriptionPastDue().toContract(event as SubscriptionPastDue)).toEqual(event?.payload);
  });
});
