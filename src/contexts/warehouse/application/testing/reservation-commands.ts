import { Command } from '@nestjs/cqrs';
import { TransactionalCommandBus } from '@promenade/platform';
import { ConfirmReservation } from '../confirm-reservation/confirm-reservation.command';
import { ConfirmReservationHandler } from '../confirm-reservation/confirm-reservation.handler';
import { IssueReservationForOrder } from '../issue-reservation-for-order/issue-reservation-for-order.command';
import { IssueReservationForOrderHandler } from '../issue-reservation-for-order/issue-reservation-for-order.handler';
import { IssueReservation } from '../issue-reservation/issue-reservation.command';
import { IssueReservationHandler } from '../issue-reservation/issue-reservation.handler';
import { ReleaseReservationForOrder } from '../release-reservation-for-order/release-reservation-for-order.command';
import { ReleaseReservationForOrderHandler } from '../release-reservation-for-order/release-reservation-for-order.handler';
import { ReleaseReservation } from '../release-reservation/release-reservation.command';
import { ReleaseReservationHandler } from '../release-reservation/release-reservation.handler';
import { ReserveStock } from '../reserve-stock/reserve-stock.command';
import { ReserveStockHandler } from '../reserve-stock/reserve-stock.handler';
import { ReservationFixture } from './reservation-fixture';

type Handles = { execute(command: Command<unknown>): Promise<unknown> };

/**
 * The reservation commands over the fixture's in-memory stores, as the bus sends them: what an accepted message's
 * handler is tested through, the commands it sends (and theirs) run for real. No transaction: each save is at once.
 */
export class ReservationCommands extends TransactionalCommandBus {
  private readonly handlers: Map<object, Handles>;

  constructor(given: ReservationFixture) {
    super();
    this.handlers = new Map<object, Handles>([
      [ReserveStock, new ReserveStockHandler(given.reservations, given.products, given.stock, given.config)],
      [ConfirmReservation, new ConfirmReservationHandler(given.reservations)],
      [ReleaseReservation, new ReleaseReservationHandler(given.reservations, given.stock)],
      [ReleaseReservationForOrder, new ReleaseReservationForOrderHandler(given.reservations, this)],
      [IssueReservation, new IssueReservationHandler(given.reservations, given.stock)],
      [IssueReservationForOrder, new IssueReservationForOrderHandler(given.reservations, this)],
    ]);
  }

  execute<R>(command: Command<R>): Promise<R> {
    const handler = this.handlers.get(command.constructor);
    if (!handler) throw new Error(`no handler for ${command.constructor.name}`);
    return handler.execute(command) as Promise<R>;
  }
}
