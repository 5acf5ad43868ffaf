import { Publication, Publishes } from '@promenade/messaging';
import { OrderPlacedContract, OrderPlacedContractPayload } from '../../contracts';
import { OrderPlaced } from '../../domain/events/order-placed.event';

/** What other contexts learn of OrderPlaced: field by field, so a field added inside the context stays inside. */
@Publishes(OrderPlaced, OrderPlacedContract)
export class PublishOrderPlaced implements Publication<OrderPlaced, OrderPlacedContract> {
  toContract({ payload }: OrderPlaced): OrderPlacedContractPayload {
    return {
      orderId: payload.orderId,
      customerId: payload.customerId,
      currency: payload.currency,
      lines: payload.lines,
      total: payload.total,
      paymentMethodId: payload.paymentMethodId,
    };
  }
}
