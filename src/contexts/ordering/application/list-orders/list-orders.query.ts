import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Order } from '../../domain/order.aggregate';
import { OrderFilter } from '../../domain/order.repository';

export class ListOrders extends Query<Page<Order>> {
  constructor(
    readonly filter: OrderFilter,
    readonly page: number,
    readonly limit: number,
  ) {
    super();
  }
}
