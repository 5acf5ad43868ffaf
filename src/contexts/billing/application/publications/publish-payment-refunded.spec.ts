import { PaymentRefunded } from '../../domain/events/payment-refunded.event';
import { PublishPaymentRefunded } from './publish-payment-refunded';

describe('PublishPaymentRefunded', () => {
  it('gives other contexts the refund and the running total refunded', () => {
    const payload = {
      paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164',
      amount: { amount: 250, currency: 'EUR' },
      refundedTotal: { amount: 1000, currency: 'EUR' },
      refundedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(new PublishPaymentRefunded().toContract(new PaymentRefunded(payload))).toEqual(payload);
  });
});
