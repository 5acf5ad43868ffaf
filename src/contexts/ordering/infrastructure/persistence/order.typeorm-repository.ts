import { Injectable } from '@nestjs/common';
import { TypeOrmAggregateRepository, UnitOfWork } from '@promenade/persistence';
import { FindOptionsWhere } from 'typeorm';
import { Order } from '../../domain/order/order.aggregate';
import { OrderNotFound } from '../../domain/order/order.errors';
import { OrderFilter, OrderRepository } from '../../domain/order/order.repository';
import { orderMapper } from './order.mapper';
import { OrderModel } from './order.model';

@Injectable()
export class OrderTypeOrmRepository extends TypeOrmAggregateRepository<Order, OrderModel> implements OrderRepository {
  constructor(uow: UnitOfWork) {
    super(uow, OrderModel, orderMapper);
  }

  async getById(id: string, ownerId?: string): Promise<Order> {
    // An undefined ownerId drops out of the WHERE clause: any owner.
    const row = await this.models.findOneBy({ id, customerId: ownerId });
    if (!row) throw new OrderNotFound(id);
    return orderMapper.toDomain(row);
  }

  async findPage(filter: OrderFilter, offset: number, limit: number): Promise<{ items: Order[]; total: number }> {
    const where: FindOptionsWhere<OrderModel> = { customerId: filter.customerId, status: filter.status };
    return this.findPageWhere(where, offset, limit);
  }
}
