import { PaymentFailed } from '../../domain/events/payment-failed.event';
import { PublishPaymentFailed } from './publish-payment-failed';

describe('PublishPaymentFailed', () => {
  it('gives other contexts the payment, its invoice, customer, amount and the reason', () => {
    const payload = {
      paymentId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162',
      invoiceId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163',
      customerId: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405164',
      amount: { amount: 1250, currency: 'EUR' },
      reason: 'card_declined',
      failedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(new PublishPaymentFailed().toContract(new PaymentFailed(payload))).toEqual(payload);
  });
});
