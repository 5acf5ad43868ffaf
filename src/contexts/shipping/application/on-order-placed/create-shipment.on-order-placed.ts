import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { OrderPlacedContract } from '../../../ordering/contracts';
import { CreateShipment } from '../create-shipment/create-shipment.command';

/** Where Shipping meets Ordering: a placed order gets a held shipment, shipped once the order releases it. */
@EventHandler('shipping.create-shipment-on-order-placed', OrderPlacedContract)
export class CreateShipmentOnOrderPlaced implements IEventHandler<OrderPlacedContract> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle(event: OrderPlacedContract): Promise<void> {
    return this.commands.execute(new CreateShipment(event.payload.orderId));
  }
}
