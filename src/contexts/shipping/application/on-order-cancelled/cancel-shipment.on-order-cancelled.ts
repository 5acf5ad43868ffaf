import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { OrderCancelledContract } from '../../../ordering/contracts';
import { CancelShipmentForOrder } from '../cancel-shipment-for-order/cancel-shipment-for-order.command';

/** A cancelled order's shipment, held or pending, is cancelled with it. */
@EventHandler('shipping.cancel-shipment-on-order-cancelled', OrderCancelledContract)
export class CancelShipmentOnOrderCancelled implements IEventHandler<OrderCancelledContract> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  async handle(event: OrderCancelledContract): Promise<void> {
    if (!event.payload.wasPlaced) return; // a draft never had a shipment
    await this.commands.execute(new CancelShipmentForOrder(event.payload.orderId));
  }
}
