import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Order } from '../../domain/order/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { GetOrder } from './get-order.query';

@QueryHandler(GetOrder)
export class GetOrderHandler implements IQueryHandler<GetOrder, Order> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  execute({ orderId, ownerId }: GetOrder): Promise<Order> {
    return this.orders.getById(orderId, ownerId);
  }
}
