import { PaymentRefunded } from '../../domain/events/payment-refunded.event';
import { PublishPaymentRefunded } from './publish-payment-refunded';

describe('PublishPaymentRefunded', () => {
  it('gives other contexts the paymentId of billing.payment-refunded', () => {
    const event = new PaymentRefunded({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
    expect(new PublishPaymentRefunded().toContract(event)).toEqual({ paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162' });
  });
});
