import { Query } from '@nestjs/cqrs';
import { Page } from '@promenade/ddd';
import { Order } from '../../domain/order/order.aggregate';
import { OrderFilter } from '../../domain/order/order.repository';

export class ListOrders extends Query<Page<Order>> {
  constructor(
    readonly filter: OrderFilter,
    readonly page: number,
    readonly limit: number,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
