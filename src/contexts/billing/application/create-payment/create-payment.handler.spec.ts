import { TransactionalCommandBus } from '@promenade/platform';
import { Money } from '@promenade/ddd';
import { ChargeInvoice } from '../charge-invoice/charge-invoice.command';
import { CreatePayment } from './create-payment.command';
import { CreatePaymentHandler, paymentKeyOf } from './create-payment.handler';

const ADA = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162';
const BOB = '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405163';

describe('CreatePaymentHandler', () => {
  it("charges the invoice within the customer's own scope, keyed by the customer and the request's Idempotency-Key", async () => {
    const answer = { paymentId: 'p', status: 'succeeded', failureReason: null };
    const execute = jest.fn().mockResolvedValue(answer);
    const handler = new CreatePaymentHandler({ execute } as unknown as TransactionalCommandBus);

    await expect(handler.execute(new CreatePayment(ADA, 'inv', 'pm', 'request-1', Money.of(5, 'EUR')))).resolves.toBe(answer);

    expect(execute).toHaveBeenCalledWith(new ChargeInvoice('inv', 'pm', paymentKeyOf(ADA, 'request-1'), Money.of(5, 'EUR'), ADA));
  });

  it('derives the same key for the same caller and request key, another for another caller or key', () => {
    expect(paymentKeyOf(ADA, 'k')).toBe(paymentKeyOf(ADA, 'k'));
    expect(paymentKeyOf(ADA, 'k')).toMatch(/^payment-request:[0-9a-f]{64}$/);
    expect(paymentKeyOf(BOB, 'k')).not.toBe(paymentKeyOf(ADA, 'k'));
    expect(paymentKeyOf(ADA, 'k2')).not.toBe(paymentKeyOf(ADA, 'k'));
  });
});
