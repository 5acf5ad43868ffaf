import { SubscriptionCanceled } from './subscription-canceled.event';

const SUBSCRIPTION = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';

describe('SubscriptionCanceled', () => {
  it('travels as billing.subscription-canceled v1 with its payload', () => {
    const event = new SubscriptionCanceled({
      subscriptionId: SUBSCRIPTION,
      customerId: CUSTOMER,
      planCode: 'pro-monthly',
      reason: 'payment_failed',
      canceledAt: '2026-03-05T10:00:01.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-canceled', version: 1, aggregateId: SUBSCRIPTION });
    expect(json.payload).toEqual(event.payload);
  });
});
