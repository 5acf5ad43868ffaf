import { SubscriptionRenewed } from '../../domain/events/subscription-renewed.event';
import { PublishSubscriptionRenewed } from './publish-subscription-renewed';

describe('PublishSubscriptionRenewed', () => {
  it('gives other contexts the subscriptionId of billing.subscription-renewed', () => {
    const event = new SubscriptionRenewed({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishSubscriptionRenewed().toContract(event)).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
