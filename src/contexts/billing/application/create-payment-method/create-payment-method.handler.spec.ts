import { ADA, PaymentFixture } from '../testing/payment-fixture';
import { CreatePaymentMethod } from './create-payment-method.command';
import { CreatePaymentMethodHandler } from './create-payment-method.handler';

describe('CreatePaymentMethodHandler', () => {
  it("saves the token under the configured provider for the customer, and answers the method's id", async () => {
    const fixture = new PaymentFixture();
    const id = await new CreatePaymentMethodHandler(fixture.methods, fixture.provider, fixture.clock).execute(
      new CreatePaymentMethod(ADA, 'pm_card_ok', 'Visa'),
    );
    expect((await fixture.methods.getById(id, ADA)).snapshot()).toMatchObject({
      provider: 'sandbox',
      token: 'pm_card_ok',
      createdAt: fixture.clock.now(),
    });
  });
});
