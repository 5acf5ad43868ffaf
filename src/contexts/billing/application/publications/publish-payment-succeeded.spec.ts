import { PaymentSucceeded } from '../../domain/events/payment-succeeded.event';
import { PublishPaymentSucceeded } from './publish-payment-succeeded';

describe('PublishPaymentSucceeded', () => {
  it('gives other contexts the payment, its invoice, customer and amount', () => {
    const payload = {
      paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164',
      amount: { amount: 1250, currency: 'EUR' },
      succeededAt: '2026-01-01T00:00:00.000Z',
    };
    expect(new PublishPaymentSucceeded().toContract(new PaymentSucceeded(payload))).toEqual(payload);
  });
});
