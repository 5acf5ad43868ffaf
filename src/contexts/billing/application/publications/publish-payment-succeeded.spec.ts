import { PaymentSucceeded } from '../../domain/events/payment-succeeded.event';
import { PublishPaymentSucceeded } from './publish-payment-succeeded';

describe('PublishPaymentSucceeded', () => {
  it('gives other contexts the paymentId of billing.payment-succeeded', () => {
    const event = new PaymentSucceeded({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishPaymentSucceeded().toContract(event)).toEqual({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
