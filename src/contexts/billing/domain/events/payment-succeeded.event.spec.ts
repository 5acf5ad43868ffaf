import { PaymentSucceeded } from './payment-succeeded.event';

describe('PaymentSucceeded', () => {
  it('travels as billing.payment-succeeded v1 with its payload', () => {
    const event = new PaymentSucceeded({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as PaymentSucceeded['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.payment-succeeded', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
