import { SubscriptionPastDue } from '../../domain/events/subscription-past-due.event';
import { PublishSubscriptionPastDue } from './publish-subscription-past-due';

describe('PublishSubscriptionPastDue', () => {
  it('gives other contexts the subscriptionId of billing.subscription-past-due', () => {
    const event = new SubscriptionPastDue({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishSubscriptionPastDue().toContract(event)).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
