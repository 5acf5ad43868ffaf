import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrderTimelineEntry } from '../../domain/order/order-timeline';
import { ORDER_REPOSITORY, OrderRepository } from '../../domain/order/order.repository';
import { GetOrderTimeline } from './get-order-timeline.query';

@QueryHandler(GetOrderTimeline)
export class GetOrderTimelineHandler implements IQueryHandler<GetOrderTimeline, readonly OrderTimelineEntry[]> {
  constructor(@Inject(ORDER_REPOSITORY) private readonly orders: OrderRepository) {}

  async execute({ orderId, ownerId }: GetOrderTimeline): Promise<readonly OrderTimelineEntry[]> {
    return (await this.orders.getById(orderId, ownerId)).timeline;
  }
}
