import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ReleaseReservationMessage } from '../../contracts';
import { ReleaseReservationForOrder } from '../release-reservation-for-order/release-reservation-for-order.command';

/** Releases the order's held stock asked by message; nothing held is left as it is (the command says so). */
@EventHandler('warehouse.release-reservation-on-message', ReleaseReservationMessage)
export class ReleaseReservationOnMessage implements IEventHandler<ReleaseReservationMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: ReleaseReservationMessage): Promise<void> {
    return this.commands.execute(new ReleaseReservationForOrder(payload.orderId, payload.reason));
  }
}
