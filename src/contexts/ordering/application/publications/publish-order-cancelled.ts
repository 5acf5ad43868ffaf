import { Publication, Publishes } from '@promenade/messaging';
import { OrderCancelledContract, OrderCancelledContractPayload } from '../../contracts';
import { OrderCancelled } from '../../domain/events/order-cancelled.event';

/** What other contexts learn of OrderCancelled: field by field, so a field added inside the context stays inside. */
@Publishes(OrderCancelled, OrderCancelledContract)
export class PublishOrderCancelled implements Publication<OrderCancelled, OrderCancelledContract> {
  toContract({ payload }: OrderCancelled): OrderCancelledContractPayload {
    return {
      orderId: payload.orderId,
      reason: payload.reason,
      wasPlaced: payload.wasPlaced,
    };
  }
}
