import { SubscriptionChargeRetryDue } from './subscription-charge-retry-due.event';

describe('SubscriptionChargeRetryDue', () => {
  it('travels as billing.subscription-charge-retry-due v1 with its payload and its due time', () => {
    const event = new SubscriptionChargeRetryDue(
      { subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 2 },
      { deliverAt: '2026-03-04T10:00:00.000Z' },
    );
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({
      name: 'billing.subscription-charge-retry-due',
      version: 1,
      aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      deliverAt: '2026-03-04T10:00:00.000Z',
    });
    expect(json.payload).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', attempt: 2 });
  });
});
