import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Order } from '../../domain/order/order.aggregate';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { ListOrders } from './list-orders.query';

@QueryHandler(ListOrders)
export class ListOrdersHandler implements IQueryHandler<ListOrders, Page<Order>> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ filter, page, limit, ownerId }: ListOrders): Promise<Page<Order>> {
    // The owner scope wins over the filter: a caller limited to one customer never lists another's.
    const { items, total } = await this.orders.findPage({ ...filter, customerId: ownerId ?? filter.customerId }, (page - 1) * limit, limit);
    return { items, page, limit, total };
  }
}
