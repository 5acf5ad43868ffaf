import { SubscriptionStarted } from '../../domain/events/subscription-started.event';
import { PublishSubscriptionStarted } from './publish-subscription-started';

describe('PublishSubscriptionStarted', () => {
  it('gives other contexts the subscriptionId of billing.subscription-started', () => {
    const event = new SubscriptionStarted({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishSubscriptionStarted().toContract(event)).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
