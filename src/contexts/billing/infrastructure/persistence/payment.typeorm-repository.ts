import { Injectable } from '@nestjs/common';
import { ConcurrencyConflict } from '@promenade/ddd';
import { TypeOrmAggregateRepository, UnitOfWork, uniqueViolation } from '@promenade/persistence';
import { In } from 'typeorm';
import { OPEN_PAYMENT_STATUSES } from '../../domain/payment/payment-status';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentFilter, PaymentRepository } from '../../domain/payment/payment.repository';
import { paymentMapper } from './payment.mapper';
import { PaymentModel } from './payment.model';

/** The unique index on idempotency_key, named in the migration. */
const ONE_PAYMENT_PER_KEY = 'UQ_payments_idempotency_key';

@Injectable()
export class PaymentTypeOrmRepository extends TypeOrmAggregateRepository<Payment, PaymentModel> implements PaymentRepository {
  constructor(uow: UnitOfWork) {
    super(uow, PaymentModel, paymentMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Payment> {
    // An undefined ownerId drops out of the WHERE clause: any owner.
    const row = await this.models.findOneBy({ id, customerId: ownerId });
    if (!row) throw new PaymentNotFound(id);
    return paymentMapper.toDomain(row);
  }

  /** Row locks need the command's transaction: outside one they would end with the statement. */
  async lockById(id: string, ownerId?: string): Promise<Payment> {
    const row = await this.models.findOne({ where: { id, customerId: ownerId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new PaymentNotFound(id);
    return paymentMapper.toDomain(row);
  }

  async findByIdempotencyKey(idempotencyKey: string): Promise<Payment | null> {
    const row = await this.models.findOneBy({ idempotencyKey });
    return row ? paymentMapper.toDomain(row) : null;
  }

  async findByProviderReference(providerReference: string): Promise<Payment | null> {
    const row = await this.models.findOneBy({ providerReference });
    return row ? paymentMapper.toDomain(row) : null;
  }

  async findOpenByInvoice(invoiceId: string): Promise<Payment[]> {
    const rows = await this.models.findBy({ invoiceId, status: In([...OPEN_PAYMENT_STATUSES]) });
    return rows.map((row) => paymentMapper.toDomain(row));
  }

  async findCapturedByInvoice(invoiceId: string): Promise<Payment[]> {
    const rows = await this.models.findBy({ invoiceId, status: 'succeeded' });
    return rows.map((row) => paymentMapper.toDomain(row));
  }

  findPage(filter: PaymentFilter, offset: number, limit: number): Promise<{ items: Payment[]; total: number }> {
    return this.findPageWhere({ customerId: filter.customerId, invoiceId: filter.invoiceId, status: filter.status }, offset, limit);
  }

  /** A charge looks its key up first; two racing with one key both pass that, and the index stops the second: retry to get the first. */
  override async save(payment: Payment): Promise<void> {
    try {
      await super.save(payment);
    } catch (error) {
      if (uniqueViolation(error) === ONE_PAYMENT_PER_KEY) throw new ConcurrencyConflict(Payment.name, payment.id, payment.version);
      throw error;
    }
  }
}
