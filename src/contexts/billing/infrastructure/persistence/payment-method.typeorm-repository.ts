import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { IsNull } from 'typeorm';
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

  async getById(id: string, ownerId?: string): Promise<PaymentMethod> {
    // An undefined ownerId drops out of the WHERE clause: any owner. A deleted method is not found.
    const row = await this.models.findOneBy({ id, customerId: ownerId, deletedAt: IsNull() });
    if (!row) throw new PaymentMethodNotFound(id);
    return paymentMethodMapper.toDomain(row);
  }

  findPage(customerId: string | undefined, offset: number, limit: number): Promise<{ items: PaymentMethod[]; total: number }> {
    return this.findPageWhere({ customerId, deletedAt: IsNull() }, offset, limit);
  }
}
