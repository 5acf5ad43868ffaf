import { PaymentMethodCreated } from '../../domain/events/payment-method-created.event';
import { InMemoryPaymentMethodRepository } from '../testing/in-memory-payment-method.repository';
import { CreatePaymentMethod } from './create-payment-method.command';
import { CreatePaymentMethodHandler } from './create-payment-method.handler';

describe('CreatePaymentMethodHandler', () => {
  it('saves a new payment method that raised PaymentMethodCreated, and answers its id', async () => {
    const repository = new InMemoryPaymentMethodRepository();
    const id = await new CreatePaymentMethodHandler(repository).execute(new CreatePaymentMethod());
    expect(repository.all().map((paymentMethod) => paymentMethod.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(PaymentMethodCreated)]);
  });
});
