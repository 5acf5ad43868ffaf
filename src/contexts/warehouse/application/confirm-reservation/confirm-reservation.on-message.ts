import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmReservationMessage } from '../../contracts';
import { ConfirmReservation } from './confirm-reservation.command';

/** Confirms the order's reservation asked by message; one no longer held is left as it is (the command says so). */
@EventHandler('warehouse.confirm-reservation-on-message', ConfirmReservationMessage)
export class ConfirmReservationOnMessage implements IEventHandler<ConfirmReservationMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: ConfirmReservationMessage): Promise<void> {
    return this.commands.execute(new ConfirmReservation(payload.orderId));
  }
}
