import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { heldStock } from '../../domain/reservation/held-stock';
import { RESERVATION_REPOSITORY, ReservationRepository } from '../../domain/reservation/reservation.repository';
import { STOCK_ITEM_REPOSITORY, StockItemRepository } from '../../domain/stock-item/stock-item.repository';
import { IssueReservation } from './issue-reservation.command';

@CommandHandler(IssueReservation)
export class IssueReservationHandler implements ICommandHandler<IssueReservation, void> {
  constructor(
    @Inject(RESERVATION_REPOSITORY) private readonly reservations: ReservationRepository,
    @Inject(STOCK_ITEM_REPOSITORY) private readonly stock: StockItemRepository,
  ) {}

  async execute({ reservationId, actor }: IssueReservation): Promise<void> {
    const reservation = await this.reservations.getById(reservationId);
    const now = new Date();
    reservation.issue(now);
    // Saved first: a concurrent release, issue or expiry of it loses here (ConcurrencyConflict) before touching stock.
    await this.reservations.save(reservation);
    for (const [allocation, item] of heldStock(reservation.allocations, await this.stock.lock(reservation.stockKeys))) {
      item.issue(allocation.quantity, { actor, reference: reservation.orderId }, now);
      await this.stock.save(item);
    }
  }
}
