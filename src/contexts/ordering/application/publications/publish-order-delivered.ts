import { Publication, Publishes } from '@promenade/messaging';
import { OrderDeliveredContract, OrderDeliveredContractPayload } from '../../contracts';
import { OrderDelivered } from '../../domain/events/order-delivered.event';

/** What other contexts learn of OrderDelivered: field by field, so a field added inside the context stays inside. */
@Publishes(OrderDelivered, OrderDeliveredContract)
export class PublishOrderDelivered implements Publication<OrderDelivered, OrderDeliveredContract> {
  toContract({ payload }: OrderDelivered): OrderDeliveredContractPayload {
    return {
      orderId: payload.orderId,
      customerId: payload.customerId,
      currency: payload.currency,
      total: payload.total,
      deliveredAt: payload.deliveredAt,
    };
  }
}
