import { ADA, BOB, PaymentFixture } from '../testing/payment-fixture';
import { DeletePaymentMethod } from './delete-payment-method.command';
import { DeletePaymentMethodHandler } from './delete-payment-method.handler';

describe('DeletePaymentMethodHandler', () => {
  let fixture: PaymentFixture;
  let handler: DeletePaymentMethodHandler;

  beforeEach(() => {
    fixture = new PaymentFixture();
    handler = new DeletePaymentMethodHandler(fixture.methods, fixture.clock);
  });

  it('deletes the own method: it is no longer found, but kept', async () => {
    const method = await fixture.method(ADA);
    await handler.execute(new DeletePaymentMethod(method.id, ADA));
    await expect(fixture.methods.getById(method.id)).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
    expect(fixture.methods.stored(method.id)?.deletedAt).toEqual(fixture.clock.now());
  });

  it("refuses another customer's method, and a deleted one, as unknown (PAYMENT_METHOD_NOT_FOUND)", async () => {
    const method = await fixture.method(ADA);
    await expect(handler.execute(new DeletePaymentMethod(method.id, BOB))).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
    await handler.execute(new DeletePaymentMethod(method.id));
    await expect(handler.execute(new DeletePaymentMethod(method.id))).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
  });
});
