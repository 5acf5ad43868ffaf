import { InMemoryAggregateRepository } from '@promenade/ddd';
import { Payment, PaymentState } from '../../domain/payment/payment.aggregate';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentRepository } from '../../domain/payment/payment.repository';

/** A unit-test stand-in for the payment store: the port's queries over the shared in-memory repository. */
export class InMemoryPaymentRepository extends InMemoryAggregateRepository<Payment, PaymentState> implements PaymentRepository {
  constructor() {
    super(Payment.restore);
  }

  async getById(id: string): Promise<Payment> {
    const stored = this.stored(id);
    if (!stored) throw new PaymentNotFound(id);
    return stored;
  }
}
