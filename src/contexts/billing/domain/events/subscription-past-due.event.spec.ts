import { SubscriptionPastDue } from './subscription-past-due.event';

const SUBSCRIPTION = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const CUSTOMER = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405199';
const INVOICE = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f4051aa';

describe('SubscriptionPastDue', () => {
  it('travels as billing.subscription-past-due v1 with its payload', () => {
    const event = new SubscriptionPastDue({
      subscriptionId: SUBSCRIPTION,
      customerId: CUSTOMER,
      planCode: 'pro-monthly',
      invoiceId: INVOICE,
      pastDueSince: '2026-02-28T10:00:01.000Z',
      nextRetryAt: '2026-03-01T10:00:01.000Z',
    });
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.subscription-past-due', version: 1, aggregateId: SUBSCRIPTION });
    expect(json.payload).toEqual(event.payload);
  });
});
