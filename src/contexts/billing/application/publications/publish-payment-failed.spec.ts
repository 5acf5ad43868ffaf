import { PaymentFailed } from '../../domain/events/payment-failed.event';
import { PublishPaymentFailed } from './publish-payment-failed';

describe('PublishPaymentFailed', () => {
  it('gives other contexts the paymentId of billing.payment-failed', () => {
    const event = new PaymentFailed({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishPaymentFailed().toContract(event)).toEqual({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
