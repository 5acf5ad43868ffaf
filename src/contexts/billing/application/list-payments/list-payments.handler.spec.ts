import { Payment } from '../../domain/payment/payment.aggregate';
import { ADA, BOB, eur, PaymentFixture } from '../testing/payment-fixture';
import { ListPayments } from './list-payments.query';
import { ListPaymentsHandler } from './list-payments.handler';

describe('ListPaymentsHandler', () => {
  let fixture: PaymentFixture;
  let handler: ListPaymentsHandler;
  const stored = async (customerId: string) => {
    const payment = Payment.start(
      { invoiceId: ADA, customerId, paymentMethodId: ADA, amount: eur(100), idempotencyKey: `${Math.random()}` },
      new Date(),
    );
    await fixture.payments.save(payment);
    return payment.id;
  };

  beforeEach(() => {
    fixture = new PaymentFixture();
    handler = new ListPaymentsHandler(fixture.payments);
  });

  it('answers the requested page with its page, limit and total', async () => {
    for (let i = 0; i < 5; i++) await stored(ADA);
    expect(await handler.execute(new ListPayments({}, 2, 2))).toMatchObject({
      page: 2,
      limit: 2,
      total: 5,
      items: [expect.any(Payment), expect.any(Payment)],
    });
  });

  it("never lists another customer's payments to a caller limited to their own, even when the filter names that customer", async () => {
    const own = await stored(ADA);
    await stored(BOB);
    const page = await handler.execute(new ListPayments({ customerId: BOB }, 1, 10, ADA));
    expect(page.items.map((p) => p.id)).toEqual([own]);
  });

  it('lists the customer a caller with any scope filters on', async () => {
    await stored(ADA);
    const bobs = await stored(BOB);
    expect((await handler.execute(new ListPayments({ customerId: BOB }, 1, 10))).items.map((p) => p.id)).toEqual([bobs]);
  });
});
