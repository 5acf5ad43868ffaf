import { SubscriptionRenewed } from '../../domain/events/subscription-renewed.event';
import { aMonthlyPlan, aStartedSubscription, DEFAULT_DUNNING } from '../testing/subscription-fixtures';
import { PublishSubscriptionRenewed } from './publish-subscription-renewed';

const START = new Date('2026-01-31T10:00:00.000Z');
const LATER = new Date('2026-03-01T10:00:00.000Z');

describe('PublishSubscriptionRenewed', () => {
  it('gives other contexts every field of billing.subscription-renewed, as a paid renewal raised it', () => {
    const subscription = aStartedSubscription(aMonthlyPlan(), START);
    subscription.renewIfDue(subscription.currentPeriodEnd, 'month', LATER);
    subscription.settleCharge('0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa', true, DEFAULT_DUNNING, LATER);
    const event = subscription.pullEvents().find((raised): raised is SubscriptionRenewed => raised instanceof SubscriptionRenewed);

    expect(event).toBeDefined();
    expect(new PublishSubscriptionRenewed().toContract(event as SubscriptionRenewed)).toEqual(event?.payload);
  });
});
