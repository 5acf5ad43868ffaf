import { SubscriptionCanceled } from './subscription-canceled.event';

describe('SubscriptionCanceled', () => {
  it('travels as billing.subscription-canceled v1 with its payload', () => {
    const event = new SubscriptionCanceled({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as SubscriptionCanceled['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-canceled', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
