import { describeAggregateRepositoryContract, newId, OpenedRepository } from '@promenade/ddd';
import { PaymentMethod, PaymentMethodState } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';

/** What every PaymentMethodRepository does, the in-memory fake and the TypeORM adapter alike: add a test for each query the port gains. */
export function describePaymentMethodRepositoryContract(open: () => Promise<OpenedRepository<PaymentMethodRepository>>): void {
  const { current } = describeAggregateRepositoryContract<PaymentMethod, PaymentMethodState, PaymentMethodRepository>({
    open,
    create: () => PaymentMethod.create(),
    restore: PaymentMethod.restore,
    load: (paymentMethods, id) => paymentMethods.getById(id),
    // change: a method that raises an event, once the aggregate has one.
  });

  it('answers PaymentMethodNotFound for an id it does not hold', async () => {
    await expect(current().repository.getById(newId())).rejects.toBeInstanceOf(PaymentMethodNotFound);
  });
}
