import { PaymentFixture, ADA, BOB, eur } from '../testing/payment-fixture';
import { Payment } from '../../domain/payment/payment.aggregate';
import { GetPayment } from './get-payment.query';
import { GetPaymentHandler } from './get-payment.handler';

describe('GetPaymentHandler', () => {
  const fixture = new PaymentFixture();
  const handler = new GetPaymentHandler(fixture.payments);
  const stored = Payment.start(
    { invoiceId: BOB, customerId: ADA, paymentMethodId: BOB, amount: eur(500), idempotencyKey: 'k' },
    new Date(),
  );

  beforeAll(() => fixture.payments.save(stored));

  it('answers the stored payment, to anyone or to its own customer', async () => {
    expect((await handler.execute(new GetPayment(stored.id))).id).toBe(stored.id);
    expect((await handler.execute(new GetPayment(stored.id, ADA))).id).toBe(stored.id);
  });

  it("refuses another customer's payment as an unknown one (PAYMENT_NOT_FOUND)", async () => {
    await expect(handler.execute(new GetPayment(stored.id, BOB))).rejects.toMatchObject({ code: 'PAYMENT_NOT_FOUND' });
    await expect(handler.execute(new GetPayment('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'PAYMENT_NOT_FOUND',
    });
  });
});
