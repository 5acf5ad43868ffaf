import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { Payment } from '../../domain/payment/payment.aggregate';
import { PaymentNotFound } from '../../domain/payment/payment.errors';
import { PaymentRepository } from '../../domain/payment/payment.repository';
import { paymentMapper } from './payment.mapper';
import { PaymentModel } from './payment.model';

@Injectable()
export class PaymentTypeOrmRepository extends TypeOrmAggregateRepository<Payment, PaymentModel> implements PaymentRepository {
  constructor(uow: UnitOfWork) {
    super(uow, PaymentModel, paymentMapper);
  }

  async getById(id: string): Promise<Payment> {
    const payment = await this.findById(id);
    if (!payment) throw new PaymentNotFound(id);
    return payment;
  }
}
