import { SubscriptionStarted } from './subscription-started.event';

describe('SubscriptionStarted', () => {
  it('travels as billing.subscription-started v1 with its payload', () => {
    const event = new SubscriptionStarted({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as SubscriptionStarted['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-started', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
