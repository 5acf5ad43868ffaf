import { Query } from '@nestjs/cqrs';
import { Order } from '../../domain/order/order.aggregate';

export class GetOrder extends Query<Order> {
  constructor(
    readonly orderId: string,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
