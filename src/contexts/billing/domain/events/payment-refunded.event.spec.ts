import { PaymentRefunded } from './payment-refunded.event';

describe('PaymentRefunded', () => {
  it('travels as billing.payment-refunded v1 with its payload', () => {
    const event = new PaymentRefunded({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' } as PaymentRefunded['payload']);
    const json = JSON.parse(JSON.stringify(event));
    expect(json).toMatchObject({ name: 'billing.payment-refunded', version: 1, aggregateId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(json.payload).toEqual(event.payload);
  });
});
