import { IEventHandler } from '@nestjs/cqrs';
import { EventHandler } from '@promenade/messaging';
import { TransactionalCommandBus } from '@promenade/platform';
import { IssueReservationMessage } from '../../contracts';
import { IssueReservationForOrder } from '../issue-reservation-for-order/issue-reservation-for-order.command';

/** Issues the order's held stock asked by message; the ledger names the message as the actor (it carries no user). */
@EventHandler('warehouse.issue-reservation-on-message', IssueReservationMessage)
export class IssueReservationOnMessage implements IEventHandler<IssueReservationMessage> {
  constructor(private readonly commands: TransactionalCommandBus) {}

  handle({ payload }: IssueReservationMessage): Promise<void> {
    return this.commands.execute(new IssueReservationForOrder(payload.orderId, IssueReservationMessage.eventName));
  }
}
