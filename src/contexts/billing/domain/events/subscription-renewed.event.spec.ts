import { SubscriptionRenewed } from './subscription-renewed.event';

describe('SubscriptionRenewed', () => {
  it('travels as billing.subscription-renewed v1 with its payload', () => {
    const event = new SubscriptionRenewed({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as SubscriptionRenewed['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-renewed', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
