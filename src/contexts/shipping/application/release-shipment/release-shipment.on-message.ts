import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ReleaseShipmentMessage } from '../../contracts';
import { ReleaseShipment } from './release-shipment.command';

/** Releases the order's shipment asked by message; a repeat or a cancelled shipment changes nothing (the command says so). */
@EventHandler('shipping.release-shipment-on-message', ReleaseShipmentMessage)
export class ReleaseShipmentOnMessage implements IEventHandler<ReleaseShipmentMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: ReleaseShipmentMessage): Promise<void> {
    return this.commands.execute(new ReleaseShipment(payload.orderId));
  }
}
