import { SubscriptionPastDue } from './subscription-past-due.event';

describe('SubscriptionPastDue', () => {
  it('travels as billing.subscription-past-due v1 with its payload', () => {
    const event = new SubscriptionPastDue({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as SubscriptionPastDue['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-past-due', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
