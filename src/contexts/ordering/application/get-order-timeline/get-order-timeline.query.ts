import { Query } from '@nestjs/cqrs';
import { OrderTimelineEntry } from '../../domain/order/order-timeline';

/** What happened to the order, oldest first. */
export class GetOrderTimeline extends Query<readonly OrderTimelineEntry[]> {
  constructor(
    readonly orderId: string,
    /** Only this customer's orders are reachable; undefined: any customer's. */
    readonly ownerId?: string,
  ) {
    super();
  }
}
