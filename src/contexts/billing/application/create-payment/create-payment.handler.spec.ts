import { PaymentCreated } from '../../domain/events/payment-created.event';
import { InMemoryPaymentRepository } from '../testing/in-memory-payment.repository';
import { CreatePayment } from './create-payment.command';
import { CreatePaymentHandler } from './create-payment.handler';

describe('CreatePaymentHandler', () => {
  it('saves a new payment that raised PaymentCreated, and answers its id', async () => {
    const repository = new InMemoryPaymentRepository();
    const id = await new CreatePaymentHandler(repository).execute(new CreatePayment());
    expect(repository.all().map((payment) => payment.id)).toEqual([id]);
    expect(repository.published).toEqual([expect.any(PaymentCreated)]);
  });
});
