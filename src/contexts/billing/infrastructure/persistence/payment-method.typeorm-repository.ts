import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { PaymentMethod } from '../../domain/payment-method/payment-method.aggregate';
import { PaymentMethodNotFound } from '../../domain/payment-method/payment-method.errors';
import { PaymentMethodRepository } from '../../domain/payment-method/payment-method.repository';
import { paymentMethodMapper } from './payment-method.mapper';
import { PaymentMethodModel } from './payment-method.model';

@Injectable()
export class PaymentMethodTypeOrmRepository
  extends TypeOrmAggregateRepository<PaymentMethod, PaymentMethodModel>
  implements PaymentMethodRepository
{
  constructor(uow: UnitOfWork) {
    super(uow, PaymentMethodModel, paymentMethodMapper);
  }

  async getById(id: string): Promise<PaymentMethod> {
    const paymentMethod = await this.findById(id);
    if (!paymentMethod) throw new PaymentMethodNotFound(id);
    return paymentMethod;
  }
}
