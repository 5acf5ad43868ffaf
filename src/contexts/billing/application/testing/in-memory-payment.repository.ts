import { ConcurrencyConflict, InMemoryAggregateRepository } from '@promenade/ddd';
import { Payment, PaymentState } from '../../domain/payment/payment.aggregate';
import { OPEN_PAYMENT_STATUSES } from '../../domain/payment/payment-status';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentFilter, PaymentRepository } from '../../domain/payment/payment.repository';

/** A unit-test stand-in for the payment store: the port's queries over the shared in-memory repository. */
export class InMemoryPaymentRepository extends InMemoryAggregateRepository<Payment, PaymentState> implements PaymentRepository {
  constructor() {
    super(Payment.restore);
  }

  async getById(id: string, ownerId?: string): Promise<Payment> {
    return this.owned(id, ownerId);
  }

  /** Nothing runs at once here, so nothing to hold. */
  async lockById(id: string, ownerId?: string): Promise<Payment> {
    return this.owned(id, ownerId);
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<Payment | null> {
    return this.all().find((payment) => payment.idempotencyKey === idempotencyKey) ?? null;
  }

  async findByProviderReference(providerReference: string): Promise<Payment | null> {
    return this.all().find((payment) => payment.providerReference === providerReference) ?? null;
  }

  async findOpenByInvoice(invoiceId: string): Promise<Payment[]> {
    return this.all().filter((payment) => payment.invoiceId === invoiceId && OPEN_PAYMENT_STATUSES.includes(payment.status));
  }

  async findCapturedByInvoice(invoiceId: string): Promise<Payment[]> {
    return this.all().filter((payment) => payment.invoiceId === invoiceId && payment.status === 'succeeded');
  }

  async findPage(filter: PaymentFilter, offset: number, limit: number): Promise<{ items: Payment[]; total: number }> {
    const matches = this.all().filter(
      (p) =>
        (filter.customerId ?? p.customerId) === p.customerId &&
        (filter.invoiceId ?? p.invoiceId) === p.invoiceId &&
        (filter.status ?? p.status) === p.status,
    );
    return this.pageOf(matches, offset, limit);
  }

  /** As the table's unique index: a second payment under a key already used is refused. */
  override async save(payment: Payment): Promise<void> {
    const taken = this.all().some((p) => p.idempotencyKey === payment.idempotencyKey && p.id !== payment.id);
    if (taken) throw new ConcurrencyConflict(Payment.name, payment.id, payment.version);
    await super.save(payment);
  }

  private owned(id: string, ownerId: string | undefined): Payment {
    const stored = this.stored(id);
    if (!stored || (ownerId ?? stored.customerId) !== stored.customerId) throw new PaymentNotFound(id);
    return stored;
  }
}
