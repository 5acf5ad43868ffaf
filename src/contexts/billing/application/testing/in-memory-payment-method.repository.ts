import { InMemoryAggregateRepository } from '@promenade/ddd';
import { PaymentMethod, PaymentMethodState } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';

/** A unit-test stand-in for the payment method store: the port's queries over the shared in-memory repository. */
export class InMemoryPaymentMethodRepository
  extends InMemoryAggregateRepository<PaymentMethod, PaymentMethodState>
  implements PaymentMethodRepository
{
  constructor() {
    super(PaymentMethod.restore);
  }

  async getById(id: string, ownerId?: string): Promise<PaymentMethod> {
    const stored = this.stored(id);
    if (!stored || stored.deletedAt !== null || (ownerId ?? stored.customerId) !== stored.customerId) throw new PaymentMethodNotFound(id);
    return stored;
  }

  async findPage(customerId: string | undefined, offset: number, limit: number): Promise<{ items: PaymentMethod[]; total: number }> {
    const matches = this.all().filter((m) => m.deletedAt === null && (customerId ?? m.customerId) === m.customerId);
    return this.pageOf(matches, offset, limit);
  }
}
