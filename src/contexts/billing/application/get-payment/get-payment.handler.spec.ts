import { Payment } from '../../domain/payment/payment.aggregate';
import { InMemoryPaymentRepository } from '../testing/in-memory-payment.repository';
import { GetPayment } from './get-payment.query';
import { GetPaymentHandler } from './get-payment.handler';

describe('GetPaymentHandler', () => {
  const stored = Payment.restore({ id: '0190a5b0-7c4e-7d2a-9b3c-1d2e3f405162', version: 1, createdAt: new Date(), updatedAt: new Date() });
  const handler = new GetPaymentHandler(new InMemoryPaymentRepository().seed(stored));

  it('answers the stored payment', async () => {
    expect((await handler.execute(new GetPayment(stored.id))).snapshot()).toEqual(stored.snapshot());
  });

  it('refuses an unknown id with PAYMENT_NOT_FOUND', async () => {
    await expect(handler.execute(new GetPayment('0190a5b0-7c4e-7d2a-9b3c-000000000000'))).rejects.toMatchObject({
      code: 'PAYMENT_NOT_FOUND',
    });
  });
});
