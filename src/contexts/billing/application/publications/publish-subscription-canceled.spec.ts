import { SubscriptionCanceled } from '../../domain/events/subscription-canceled.event';
import { PublishSubscriptionCanceled } from './publish-subscription-canceled';

describe('PublishSubscriptionCanceled', () => {
  it('gives other contexts the subscriptionId of billing.subscription-canceled', () => {
    const event = new SubscriptionCanceled({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishSubscriptionCanceled().toContract(event)).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
