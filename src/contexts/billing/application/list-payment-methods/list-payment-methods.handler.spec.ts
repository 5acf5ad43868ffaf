import { ADA, BOB, PaymentFixture } from '../testing/payment-fixture';
import { ListPaymentMethods } from './list-payment-methods.query';
import { ListPaymentMethodsHandler } from './list-payment-methods.handler';

describe('ListPaymentMethodsHandler', () => {
  it("pages one customer's methods, or everyone's, with the total", async () => {
    const fixture = new PaymentFixture();
    const handler = new ListPaymentMethodsHandler(fixture.methods);
    const own = await fixture.method(ADA);
    await fixture.method(BOB);

    const page = await handler.execute(new ListPaymentMethods(ADA, 1, 10));
    expect(page).toMatchObject({ page: 1, limit: 10, total: 1 });
    expect(page.items.map((m) => m.id)).toEqual([own.id]);
    expect((await handler.execute(new ListPaymentMethods(undefined, 2, 1))).total).toBe(2);
  });
});
