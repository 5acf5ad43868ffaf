import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { Payment, PaymentState } from '../../domain/payment/payment.aggregate';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentRepository } from '../../domain/payment/payment.repository';

/** What every PaymentRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describePaymentRepositoryContract(open: () => Promise<OpenedRepository<PaymentRepository>>): void {
  const { current } = describeAggregateRepositoryContract<Payment, PaymentState, PaymentRepository>({
    open,
    create: () => Payment.create(),
    restore: Payment.restore,
    load: (payments, id) => payments.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers PaymentNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(PaymentNotFound);
  });
}
