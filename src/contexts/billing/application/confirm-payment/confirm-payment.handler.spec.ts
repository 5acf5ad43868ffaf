import { PaymentConfirmed } from '../../domain/events/payment-confirmed.event';
import { Payment } from '../../domain/payment/payment.aggregate';
import { InMemoryPaymentRepository } from '../testing/in-memory-payment.repository';
import { ConfirmPayment } from './confirm-payment.command';
import { ConfirmPaymentHandler } from './confirm-payment.handler';

describe('ConfirmPaymentHandler', () => {
  const stored = () =>
    Payment.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });

  it('saves the payment with PaymentConfirmed raised', async () => {
    const payment = stored();
    const repository = new InMemoryPaymentRepository().seed(payment);
    await new ConfirmPaymentHandler(repository).execute(new ConfirmPayment(payment.id));
    expect(repository.stored(payment.id)?.version).toBe(2);
    const [event] = repository.published;
    expect(event).toBeInstanceOf(PaymentConfirmed);
    expect(event.metadata.aggregateId).toBe(payment.id);
  });

  it('refuses an unknown id with PAYMENT_NOT_FOUND and saves nothing', async () => {
    const repository = new InMemoryPaymentRepository();
    await expect(
      new ConfirmPaymentHandler(repository).execute(new ConfirmPayment('0190a5b0-7c4e-7d2a-9b3c-000000000000')),
    ).rejects.toMatchObject({ code: 'PAYMENT_NOT_FOUND' });
    expect(repository.all()).toEqual([]);
  });
});
