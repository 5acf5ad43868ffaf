import { PaymentMethodDeleted } from '../../domain/events/payment-method-deleted.event';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { InMemoryPaymentMethodRepository } from '../testing/in-memory-payment-method.repository';
import { DeletePaymentMethod } from './delete-payment-method.command';
import { DeletePaymentMethodHandler } from './delete-payment-method.handler';

describe('DeletePaymentMethodHandler', () => {
  const stored = () =>
    PaymentMethod.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the payment method with PaymentMethodDeleted raised', async () => {
    const paymentMethod = stored();
    const repository = new InMemoryPaymentMethodRepository().seed(paymentMethod);
    await new DeletePaymentMethodHandler(repository).execute(new DeletePaymentMethod(paymentMethod.id));
    expect(repository.stored(paymentMethod.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(PaymentMethodDeleted);
    expect(event.metadata.aggregateId).toBe(paymentMethod.id);
  });

  it('refuses an unknown id with PAYMENT_METHOD_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryPaymentMethodRepository();
    await expect(
      new DeletePaymentMethodHandler(repository).execute(new DeletePaymentMethod('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'PAYMENT_METHOD_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
