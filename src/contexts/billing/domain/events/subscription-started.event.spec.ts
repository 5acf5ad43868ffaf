import { SubscriptionStarted } from './subscription-started.event';

const SUBSCRIPTION = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';

describe('SubscriptionStarted', () => {
  it('travels as billing.subscription-started v1 with its payload', () => {
    const event = new SubscriptionStarted({
      subscriptionId: SUBSCRIPTION,
      customerId: CUSTOMER,
      planCode: 'pro-monthly',
      status: 'trialing',
      currentPeriodStart: '2026-01-31T10:00:00.000Z',
      currentPeriodEnd: '2026-02-14T10:00:00.000Z',
      startedAt: '2026-01-31T10:00:00.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-started', version: 1, aggregateId: SUBSCRIPTION });
    expect(json.payload).toEqual(event.payload);
  });
});
