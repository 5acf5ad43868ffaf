import { ADA, BOB, PaymentFixture } from '../testing/payment-fixture';
import { GetPaymentMethod } from './get-payment-method.query';
import { GetPaymentMethodHandler } from './get-payment-method.handler';

describe('GetPaymentMethodHandler', () => {
  it("answers the customer's own method and hides another customer's (PAYMENT_METHOD_NOT_FOUND)", async () => {
    const fixture = new PaymentFixture();
    const handler = new GetPaymentMethodHandler(fixture.methods);
    const method = await fixture.method(ADA);
    expect((await handler.execute(new GetPaymentMethod(method.id, ADA))).id).toBe(method.id);
    await expect(handler.execute(new GetPaymentMethod(method.id, BOB))).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
  });
});
