import { SubscriptionPeriodEnded } from './subscription-period-ended.event';

describe('SubscriptionPeriodEnded', () => {
  it('travels as billing.subscription-period-ended v1 with its payload and its due time', () => {
    const periodEnd = '2026-02-28T10:00:00.000Z';
    const event = new SubscriptionPeriodEnded(
      { subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', periodEnd },
      { deliverAt: periodEnd },
    );
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({
      name: 'billing.subscription-period-ended',
      version: 1,
      aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      deliverAt: periodEnd,
    });
    expect(json.payload).toEqual({ subscriptionId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', periodEnd });
  });
});
